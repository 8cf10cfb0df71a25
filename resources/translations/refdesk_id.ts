<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Commands that only make sense while a document is open. Keys that work without an action of their own, listed in the help too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus&apos; titles as shown (translated when shown); the help page uses them without the &quot;&amp;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>menu only</source>
        <extracomment>A separator goes above these in their menus.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RefDesk — something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <extracomment>Facets shown as checkable lists; the year is a range and has its own controls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <extracomment>A resource counts as viewed once it has been on show this long (arrowing past does not). A write to the user&apos;s data finished (its resource id, or &quot;&quot; for collections and searches). What the officer typed this session, by resource: shown over a slower read of the database.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RefDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and read the reference catalogue offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcePane</name>
    <message>
        <source>PDF</source>
        <extracomment>Kinds of document as shown (marked for translation; translated when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource details</source>
        <extracomment>The resource on show, also when it is a withdrawn one known only from the user&apos;s data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <extracomment>The view wants more rows; the controller answers with `append_page` (or `fetch_failed`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <extracomment>what: &quot;bookmark&quot; (id), &quot;from_collection&quot; (id, collection), &quot;collection&quot; (name), &quot;saved&quot; (id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <extracomment>None: neither bookmarked nor annotated, so there is no status to show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <extracomment>A new catalogue generation is in use: searches, details and the sidebar must follow. From the worker thread (queued into the GUI thread).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <extracomment>Groups with at most this many values open by themselves the first time they fill. Short, fixed vocabularies: open whatever their length.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
