<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<!-- NOT YET REVIEWED by a native speaker. Khmer drafted during development (machine-assisted, not by a native speaker); a native-speaking reviewer should check every message (see docs/translating.md) and then delete this line. -->
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation>ស្វែងរក(&amp;S)</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>ដាក់ទស្សន៍ទ្រនិចក្នុងប្រអប់ស្វែងរក</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>សម្អាតការស្វែងរក(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>លុបអក្សរក្នុងប្រអប់ស្វែងរក</translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation>ប្រើអក្ខរាវិរុទ្ធដែលបានណែនាំ(&amp;S)</translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation>ស្វែងរកដោយពាក្យក្នុង “តើអ្នកចង់រក”</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>សម្អាតតម្រង(&amp;F)</translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation>ដកតម្រងទាំងអស់ និងចន្លោះឆ្នាំចេញ</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>តម្រៀបតាមភាពពាក់ព័ន្ធ(&amp;R)</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>លទ្ធផលដែលត្រូវបំផុតមុនគេ</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>តម្រៀបពីថ្មីបំផុត(&amp;N)</translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation>ឆ្នាំថ្មីបំផុតមុនគេ</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>តម្រៀបតាមចំណងជើង(&amp;T)</translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation>ចំណងជើងតាមលំដាប់អក្សរ</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>តម្រង(&amp;F)</translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation>ទៅកាន់តម្រងនៅខាងឆ្វេង</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>លទ្ធផល(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation>ទៅកាន់បញ្ជីលទ្ធផល</translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation>ព័ត៌មានលម្អិតឯកសារ(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation>ទៅកាន់ឯកសារដែលបានជ្រើសនៅខាងស្ដាំ</translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation>របារចំណាំ(&amp;B)</translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation>ទៅកាន់ចំណាំ បណ្ដុំ ឯកសារថ្មីៗ និងការស្វែងរកដែលរក្សាទុក</translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation>កំណត់ចំណាំខ្ញុំ(&amp;N)</translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation>ទៅកាន់កំណត់ចំណាំរបស់អ្នកលើឯកសារដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation>ចំណាំឯកសារនេះ(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation>ចំណាំឯកសារដែលបានជ្រើស ឬដកចំណាំរបស់វាចេញ</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>បន្ថែមទៅបណ្ដុំ(&amp;C)…</translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation>ដាក់ឯកសារដែលបានជ្រើសទៅក្នុងបណ្ដុំ ឬដកវាចេញ</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation>ទទួលស្គាល់បោះពុម្ពថ្មី(&amp;A)</translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation>សម្គាល់ឯកសារដែលបានផ្លាស់ប្ដូរថាបានឃើញហើយ៖ ចំណាំ និងកំណត់ចំណាំរបស់វានឹងផ្លាស់ទៅបោះពុម្ពថ្មី</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>បណ្ដុំថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation>បង្កើតបណ្ដុំទទេ</translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation>រក្សាទុកការស្វែងរកនេះ(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation>រក្សាទុកពាក្យ និងតម្រង។ ក្រោយបច្ចុប្បន្នភាពនីមួយៗ វានឹងបង្ហាញថាមានលទ្ធផលថ្មីប៉ុន្មាន</translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation>បង្ហាញ ឬលាក់របារចំហៀង(&amp;O)</translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation>ចំណាំ បណ្ដុំ ឯកសារថ្មីៗ និងការស្វែងរកដែលរក្សាទុក នៅខាងឆ្វេង</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>បើកឯកសារ(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation>បើកឯកសារដែលបានជ្រើស នៅទំព័រដែលត្រូវបំផុត</translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation>ត្រឡប់ទៅលទ្ធផល(&amp;B)</translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation>បិទឯកសារ ហើយត្រឡប់ទៅលទ្ធផលវិញ</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>រកក្នុងឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation>ស្វែងរកក្នុងឯកសារដែលកំពុងបើក។ ពាក្យច្រើនត្រូវបានបន្លិចដាច់ៗពីគ្នា</translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation>ពាក្យរកឃើញបន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>ទៅកាន់ពាក្យដែលបានបន្លិចបន្ទាប់</translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation>ពាក្យរកឃើញមុន(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>ទៅកាន់ពាក្យដែលបានបន្លិចមុន</translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation>ទំព័របន្ទាប់(&amp;G)</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>បង្ហាញទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation>ទំព័រមុន(&amp;A)</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>បង្ហាញទំព័រមុន</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>ទៅកាន់ទំព័រ…</translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation>វាយលេខទំព័រ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ពង្រីក(&amp;I)</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>ធ្វើឲ្យទំព័រធំជាងមុន</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>បង្រួម(&amp;U)</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>ធ្វើឲ្យទំព័រតូចជាងមុន</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>ពេញទទឹង(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>ធ្វើឲ្យទំព័រពេញទទឹងបង្អួច</translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation>ចម្លងអាសយដ្ឋានវេបរបស់ឯកសារ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation>ចម្លង URL ផ្លូវការ។ RefDesk មិនបើកវាដោយខ្លួនឯងទេ</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>អក្សរធំជាងមុន(&amp;L)</translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation>បង្កើនទំហំអក្សរ (ចងចាំទុក)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>អក្សរតូចជាងមុន(&amp;S)</translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation>បន្ថយទំហំអក្សរ (ចងចាំទុក)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ទំហំអក្សរធម្មតា(&amp;N)</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation>ប្រើទំហំអក្សររបស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation>តាមរចនាប័ទ្មប្រព័ន្ធ(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>ភ្លឺ ឬងងឹត តាមការកំណត់របស់ប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>រចនាប័ទ្មភ្លឺ(&amp;G)</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>អក្សរពណ៌ចាស់លើផ្ទៃខាងក្រោយភ្លឺ</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>រចនាប័ទ្មងងឹត(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>អក្សរពណ៌ស្រាលលើផ្ទៃខាងក្រោយងងឹត</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>ប្ដូររចនាប័ទ្ម(&amp;T)</translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation>តាមប្រព័ន្ធ បន្ទាប់មកភ្លឺ បន្ទាប់មកងងឹត</translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation>ពិនិត្យបច្ចុប្បន្នភាព(&amp;C)…</translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation>សួរប្រភពបច្ចុប្បន្នភាពរកកាតាឡុកថ្មីជាង។ ទំហំរបស់វាត្រូវបានបង្ហាញមុនពេលទាញយក</translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation>នាំចូលបច្ចុប្បន្នភាពពីហ្វាល់(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation>ដំឡើងកញ្ចប់បច្ចុប្បន្នភាព .zip ឧទាហរណ៍ ពីហ្វ្លាស USB</translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation>នាំចូលបច្ចុប្បន្នភាពពីថត(&amp;F)…</translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation>ដំឡើងបច្ចុប្បន្នភាពពីថតឃ្លាំងទិន្នន័យ</translation>
    </message>
    <message>
        <source>&amp;Export update bundle…</source>
        <translation>នាំចេញកញ្ចប់បច្ចុប្បន្នភាព(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick</source>
        <translation>រក្សាទុកកាតាឡុកដែលបានដំឡើងជាហ្វាល់ .zip ដែលមានហត្ថលេខា សម្រាប់កុំព្យូទ័រផ្សេងទៀត ឧទាហរណ៍ នៅលើហ្វ្លាស USB</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>ការផ្លាស់ប្ដូរ(&amp;W)</translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation>អ្វីដែលបច្ចុប្បន្នភាពចុងក្រោយបានផ្លាស់ប្ដូរ រួមទាំងចំពោះចំណាំ និងការស្វែងរកដែលរក្សាទុករបស់អ្នក</translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation>ការកំណត់បច្ចុប្បន្នភាព(&amp;S)…</translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation>ប្រភពបច្ចុប្បន្នភាព ប្រូកស៊ី និងការពិនិត្យស្វ័យប្រវត្តិពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>កំណត់ហេតុបណ្ដាញ(&amp;N)</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation>រាល់សំណើដែល RefDesk បានផ្ញើតាមបណ្ដាញ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>បញ្ជីនេះ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>បិទ RefDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation>↓ ឬ Enter ក្នុងប្រអប់ស្វែងរក</translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation>ទៅកាន់លទ្ធផលទីមួយ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation>↑ ↓, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation>រំកិលតាមលទ្ធផល ព័ត៌មានលម្អិតប្ដូរតាម</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation>បើកឯកសារនៅទំព័រដែលត្រូវបំផុត</translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation>↑ នៅលទ្ធផលទីមួយ</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>ត្រឡប់ទៅប្រអប់ស្វែងរក</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>តម្រង</translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation>↑ ↓, → ←</translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation>រំកិលតាមតម្រង បើក ឬបិទក្រុម</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Space ឬ Enter</translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation>ធីក ឬដោះធីកតម្លៃតម្រង</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Enter</translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation>រំកិលរវាងតំណរបស់ឯកសារ ហើយបើកតំណមួយ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>របារចំហៀង</translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation>Enter ឬចុច</translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation>បើកឯកសារ ឬដំណើរការការស្វែងរកដែលរក្សាទុក ហើយសម្គាល់ថាបានឃើញ</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>ប្ដូរឈ្មោះបណ្ដុំ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation>ដកចំណាំចេញ ដកចេញពីបណ្ដុំ ឬលុបបណ្ដុំ ឬការស្វែងរកដែលរក្សាទុក</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>គ្រាប់ចុចម៉ឺនុយ ឬ Shift+F10</translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation>បន្ថែមទៀត៖ ទទួលស្គាល់បោះពុម្ពថ្មី បើកបោះពុម្ពដែលជំនួស</translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation>Tab ពីប៊ូតុង</translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation>ចូលទៅកំណត់ចំណាំរបស់អ្នក វាត្រូវបានរក្សាទុកខណៈពេលអ្នកវាយ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារដែលបើក</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation>Enter / Shift+Enter ក្នុងប្រអប់រកក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>ពាក្យរកឃើញបន្ទាប់ / មុន</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>គ្រប់ទីកន្លែង</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>រំកិលរវាងផ្នែកនានានៃបង្អួច</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ហ្វាល់(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ទៅ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>ចំណាំ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>ឯកសារ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>បច្ចុប្បន្នភាព(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>menu only</source>
        <translation>តែក្នុងម៉ឺនុយ</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>ការរុករក</translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation>{area}៖ {does}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;refdesk --help&apos;)</source>
        <translation>{message} (សូមមើល &apos;refdesk --help&apos;)</translation>
    </message>
    <message>
        <source>Offline reference desk for identifying and referring victims of trafficking.</source>
        <translation>កន្លែងឯកសារយោងក្រៅបណ្ដាញ សម្រាប់កំណត់អត្តសញ្ញាណ និងបញ្ជូនបន្តជនរងគ្រោះពីការជួញដូរមនុស្ស។</translation>
    </message>
    <message>
        <source>where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)</source>
        <translation>កន្លែងដែល RefDesk រក្សាទុកទិន្នន័យរបស់វា (លំនាំដើម៖ $REFDESK_HOME បើគ្មាន គឺថតទិន្នន័យរបស់អ្នកប្រើ)</translation>
    </message>
    <message>
        <source>show RefDesk&apos;s version and exit</source>
        <translation>បង្ហាញកំណែ RefDesk រួចចាកចេញ</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>បើកបង្អួចកម្មវិធី (លំនាំដើម)</translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>ស្វែងរកក្នុងកាតាឡុក និងគ្រប់ទំព័រនៃឯកសាររបស់វា</translation>
    </message>
    <message>
        <source>one resource with all its fields and documents</source>
        <translation>ឯកសារមួយ ព្រមទាំងព័ត៌មាន និងហ្វាល់ឯកសារទាំងអស់របស់វា</translation>
    </message>
    <message>
        <source>open a resource&apos;s document in the app&apos;s viewer</source>
        <translation>បើកឯកសារក្នុងកម្មវិធីមើលរបស់ RefDesk</translation>
    </message>
    <message>
        <source>the page to open at (1 is the first)</source>
        <translation>ទំព័រដែលត្រូវបើក (1 ជាទំព័រទីមួយ)</translation>
    </message>
    <message>
        <source>app version, data dir and installed catalogue</source>
        <translation>កំណែកម្មវិធី ថតទិន្នន័យ និងកាតាឡុកដែលបានដំឡើង</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; មិនមែនជាចំនួនគត់ទេ</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>ត្រូវតែ 0 ឬច្រើនជាងនេះ</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>ត្រូវតែ 1 ឬច្រើនជាងនេះ</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); details are in {log_file}.</source>
        <translation>មានបញ្ហាដែលមិនបានរំពឹងទុក ({error})។ ព័ត៌មានលម្អិតមាននៅក្នុង {log_file}។</translation>
    </message>
    <message>
        <source>The desktop window cannot start here ({reason}); the command line still works.</source>
        <translation>បង្អួចកម្មវិធីមិនអាចចាប់ផ្ដើមនៅទីនេះបានទេ ({reason})។ បន្ទាត់ពាក្យបញ្ជានៅតែដំណើរការ។</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no document stored in RefDesk; &apos;refdesk show {id}&apos; gives its web address.</source>
        <translation>&apos;{id}&apos; មិនមានឯកសាររក្សាទុកក្នុង RefDesk ទេ។ &apos;refdesk show {id}&apos; បង្ហាញអាសយដ្ឋានវេបរបស់វា។</translation>
    </message>
    <message numerus="yes">
        <source>--page {page} is past the end: the document has %n page(s)</source>
        <translation>
            <numerusform>--page {page} ហួសទំព័រចុងក្រោយ៖ ឯកសារនេះមាន %n ទំព័រ</numerusform>
            <numerusform>--page {page} ហួសទំព័រចុងក្រោយ៖ ឯកសារនេះមាន %n ទំព័រ</numerusform>
        </translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>ថតទិន្នន័យ៖ {path}</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>កាតាឡុក៖</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>មិនទាន់បានដំឡើង</translation>
    </message>
    <message>
        <source>{title} ({id}), version {version}, published {published}</source>
        <translation>{title} ({id}) កំណែ {version} បោះពុម្ពផ្សាយ {published}</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ឯកសារ</numerusform>
            <numerusform>%n ឯកសារ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n ហ្វាល់ឯកសារ</numerusform>
            <numerusform>%n ហ្វាល់ឯកសារ</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for: {query}</source>
        <translation>កំពុងបង្ហាញលទ្ធផលសម្រាប់៖ {query}</translation>
    </message>
    <message>
        <source>No results for &apos;{query}&apos;. Try fewer or different words.</source>
        <translation>គ្មានលទ្ធផលសម្រាប់ &apos;{query}&apos; ទេ។ សាកល្បងប្រើពាក្យតិចជាងនេះ ឬពាក្យផ្សេង។</translation>
    </message>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>%n លទ្ធផល ({first}-{last}), {took} ms</numerusform>
            <numerusform>%n លទ្ធផល ({first}-{last}), {took} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>ទំព័រ {page}</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>លេខសម្គាល់៖</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>អ្នកបោះពុម្ពផ្សាយ៖</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>ឆ្នាំ៖</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>ប្រធានបទ៖</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>ក្រុមគោលដៅ៖</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>ប្រទេស៖</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>តំបន់៖</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>តំណ៖</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>អាជ្ញាប័ណ្ណ៖</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>ជំនួស៖</translation>
    </message>
    <message>
        <source>Superseded by:</source>
        <translation>ត្រូវបានជំនួសដោយ៖</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>ការបកប្រែ៖</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>ហ្វាល់ឯកសារ៖</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n ទំព័រ</numerusform>
            <numerusform>%n ទំព័រ</numerusform>
        </translation>
    </message>
    <message>
        <source>bring the catalogue up to date from signed releases</source>
        <translation>ធ្វើបច្ចុប្បន្នភាពកាតាឡុក ពីកំណែចេញផ្សាយដែលមានហត្ថលេខា</translation>
    </message>
    <message>
        <source>https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)</source>
        <translation>អាសយដ្ឋាន https:// ថត ឬកញ្ចប់ .zip។ ប្រើម្ដងទៀតសម្រាប់ប្រភពចម្លងនីមួយៗ (លំនាំដើម៖ ប្រភពដែលបានរក្សាទុក)</translation>
    </message>
    <message>
        <source>the publisher&apos;s root of trust</source>
        <translation>ឫសនៃការទុកចិត្តរបស់អ្នកបោះពុម្ពផ្សាយ</translation>
    </message>
    <message>
        <source>report what would be downloaded; change nothing</source>
        <translation>រាយការណ៍អ្វីដែលនឹងត្រូវទាញយក ដោយមិនផ្លាស់ប្ដូរអ្វីទាំងអស់</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>មិនអាចអាន --trust {path} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>add or remove a bookmark</source>
        <translation>បន្ថែម ឬដកចំណាំ</translation>
    </message>
    <message>
        <source>bookmark a resource</source>
        <translation>ចំណាំឯកសារមួយ</translation>
    </message>
    <message>
        <source>remove a bookmark (its note stays)</source>
        <translation>ដកចំណាំចេញ (កំណត់ចំណាំរបស់វានៅដដែល)</translation>
    </message>
    <message>
        <source>list bookmarks with their status</source>
        <translation>បង្ហាញបញ្ជីចំណាំ ព្រមទាំងស្ថានភាពរបស់វា</translation>
    </message>
    <message>
        <source>set the note on a resource (&quot;&quot; clears it)</source>
        <translation>សរសេរកំណត់ចំណាំលើឯកសារ (&quot;&quot; ដើម្បីសម្អាតវា)</translation>
    </message>
    <message>
        <source>export or import bookmarks, notes, collections</source>
        <translation>នាំចេញ ឬនាំចូលចំណាំ កំណត់ចំណាំ និងបណ្ដុំ</translation>
    </message>
    <message>
        <source>write a portable JSON file</source>
        <translation>សរសេរហ្វាល់ JSON ដែលអាចយកទៅប្រើលើកុំព្យូទ័រផ្សេង</translation>
    </message>
    <message>
        <source>merge a file exported on another laptop</source>
        <translation>បញ្ចូលហ្វាល់ដែលបាននាំចេញពីកុំព្យូទ័រផ្សេង</translation>
    </message>
    <message>
        <source>Bookmarked {id}.</source>
        <translation>បានចំណាំ {id}។</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked.</source>
        <translation>&apos;{id}&apos; មិនត្រូវបានចំណាំទេ។</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}.</source>
        <translation>បានដកចំណាំលើ {id} ចេញ។</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: refdesk bookmark add ID</source>
        <translation>មិនទាន់មានចំណាំទេ។ បន្ថែមដោយ៖ refdesk bookmark add ID</translation>
    </message>
    <message>
        <source>(superseded by {id})</source>
        <translation>(ត្រូវបានជំនួសដោយ {id})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>កំណត់ចំណាំ៖ {note}</translation>
    </message>
    <message>
        <source>Note cleared.</source>
        <translation>បានសម្អាតកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>បានរក្សាទុកកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <source>Exported to {file}: {counts}</source>
        <translation>បាននាំចេញទៅ {file}៖ {counts}</translation>
    </message>
    <message>
        <source>Imported from {file}, new: {counts}</source>
        <translation>បាននាំចូលពី {file} ថ្មី៖ {counts}</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>bookmark status</comment>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>bookmark status</comment>
        <translation>ត្រូវបានជំនួស</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>bookmark status</comment>
        <translation>បានដកចេញ</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n ចំណាំ</numerusform>
            <numerusform>%n ចំណាំ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n កំណត់ចំណាំ</numerusform>
            <numerusform>%n កំណត់ចំណាំ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collections</source>
        <translation>
            <numerusform>%n បណ្ដុំ</numerusform>
            <numerusform>%n បណ្ដុំ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection items</source>
        <translation>
            <numerusform>%n ធាតុក្នុងបណ្ដុំ</numerusform>
            <numerusform>%n ធាតុក្នុងបណ្ដុំ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent</source>
        <comment>resources opened recently</comment>
        <translation>
            <numerusform>%n ឯកសារបានមើលថ្មីៗ</numerusform>
            <numerusform>%n ឯកសារបានមើលថ្មីៗ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>%n ការស្វែងរកដែលរក្សាទុក</numerusform>
            <numerusform>%n ការស្វែងរកដែលរក្សាទុក</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation>ទំព័រឯកសារ</translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation>ទំព័រនៃ PDF ពាក្យដែលបានស្វែងរកត្រូវបានបន្លិច</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>អត្ថបទឯកសារ</translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation>អត្ថបទនៃឯកសារ ពាក្យដែលបានស្វែងរកត្រូវបានបន្លិច</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← លទ្ធផល</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>ត្រឡប់ទៅលទ្ធផល</translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation>បិទឯកសារ ហើយត្រឡប់ទៅលទ្ធផលវិញ (Esc)</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>ចំណងជើងឯកសារ</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>រកក្នុងឯកសារ</translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation>ពាក្យដែលត្រូវបន្លិចក្នុងឯកសារ ពាក្យនីមួយៗដាច់ដោយឡែក ប្រើសញ្ញាសម្រង់សម្រាប់ឃ្លា។ Enter ទៅពាក្យរកឃើញបន្ទាប់ Shift+Enter ទៅពាក្យមុន។</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>ពាក្យរកឃើញមុន (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>ពាក្យរកឃើញបន្ទាប់ (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>ពាក្យរកឃើញ</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>ទំព័រមុន (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>លេខទំព័រ</translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation>ទំព័រដែលកំពុងបង្ហាញ វាយលេខ ហើយចុច Enter ដើម្បីទៅទំព័រនោះ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>ចំនួនទំព័រ</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>ទំព័របន្ទាប់ (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation>បង្រួម (Ctrl+Alt+Minus)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>កម្រិតពង្រីក</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation>ពង្រីក (Ctrl+Alt+Plus)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>ពាក្យរកឃើញមុន</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>ពាក្យរកឃើញបន្ទាប់</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ទំព័រមុន</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ពេញទទឹង</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation>ធ្វើឲ្យទំព័រពេញទទឹងបង្អួច (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} នៃ {total}</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>រកឃើញ {count} កន្លែង</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>នៃ {count}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RefDesk — something went wrong</source>
        <translation>RefDesk — មានបញ្ហាកើតឡើង</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>កំហុស</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation>មានបញ្ហាដែលមិនបានរំពឹងទុក ព័ត៌មានលម្អិតមាននៅក្នុង {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation>&lt;b&gt;មានបញ្ហាដែលមិនបានរំពឹងទុក។ អ្នកអាចបន្តធ្វើការបាន។&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk បានសរសេរព័ត៌មានលម្អិត ({kind}) ទៅក្នុងហ្វាល់កំណត់ហេតុរបស់វា៖&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;ប្រសិនបើវាកើតឡើងម្ដងទៀត សូមផ្ញើហ្វាល់នោះទៅអ្នកដែលជួយផ្នែកបច្ចេកទេស RefDesk ដល់អ្នក។</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>សារកំហុស</translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation>ចម្លងទីតាំងកំណត់ហេតុ</translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation>ចម្លងផ្លូវនៃហ្វាល់កំណត់ហេតុទៅក្ដារតម្បៀតខ្ទាស់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>បិទសារនេះ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>បានបោះបង់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The search index in {folder} cannot be opened ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>មិនអាចបើកលិបិក្រមស្វែងរកក្នុង {folder} បានទេ ({reason})។ សូមដំឡើងកាតាឡុកឡើងវិញដោយ &apos;refdesk update&apos;។</translation>
    </message>
    <message>
        <source>No catalogue is installed to apply an update to.</source>
        <translation>មិនមានកាតាឡុកដែលបានដំឡើង ដើម្បីអនុវត្តបច្ចុប្បន្នភាពទេ។</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space and try again. The installed catalogue was not changed.</source>
        <translation>ថាសដែលផ្ទុក {folder} ពេញហើយ។ សូមធ្វើឲ្យមានទំហំទំនេរខ្លះ ហើយសាកម្ដងទៀត។ កាតាឡុកដែលបានដំឡើងមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The new catalogue holds {resources} resources and {documents} documents, expected {expected_resources} and {expected_documents}; it was not installed.</source>
        <translation>កាតាឡុកថ្មីមាន {resources} ឯកសារ និង {documents} ហ្វាល់ឯកសារ ខណៈដែលរំពឹងថាមាន {expected_resources} និង {expected_documents}។ វាមិនត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>The new catalogue is not the version it should be; it was not installed.</source>
        <translation>កាតាឡុកថ្មីមិនមែនជាកំណែដែលវាគួរតែជានោះទេ។ វាមិនត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>The updated catalogue does not match what the publisher signed; it was not installed.</source>
        <translation>កាតាឡុកដែលបានធ្វើបច្ចុប្បន្នភាព មិនត្រូវនឹងអ្វីដែលអ្នកបោះពុម្ពផ្សាយបានចុះហត្ថលេខាទេ។ វាមិនត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>The new search index is incomplete; it was not installed.</source>
        <translation>លិបិក្រមស្វែងរកថ្មីមិនពេញលេញទេ។ វាមិនត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>The release&apos;s {what} cannot be read ({reason}); nothing was applied.</source>
        <translation>មិនអាចអាន{what}នៃកំណែចេញផ្សាយបានទេ ({reason})។ គ្មានអ្វីត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a catalogue file; nothing was applied.</source>
        <translation>{what}នៃកំណែចេញផ្សាយ មិនមែនជាហ្វាល់កាតាឡុកទេ។ គ្មានអ្វីត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>catalogue snapshot</source>
        <translation>ច្បាប់ចម្លងពេញនៃកាតាឡុក</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue snapshot is malformed ({reason}).</source>
        <translation>ច្បាប់ចម្លងពេញនៃកាតាឡុកក្នុងកំណែចេញផ្សាយ មានទម្រង់មិនត្រឹមត្រូវ ({reason})។</translation>
    </message>
    <message>
        <source>catalogue delta</source>
        <translation>ផ្នែកផ្លាស់ប្ដូរនៃកាតាឡុក</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue delta is malformed ({reason}).</source>
        <translation>ផ្នែកផ្លាស់ប្ដូរនៃកាតាឡុកក្នុងកំណែចេញផ្សាយ មានទម្រង់មិនត្រឹមត្រូវ ({reason})។</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a {format} file; nothing was applied.</source>
        <translation>{what}នៃកំណែចេញផ្សាយ មិនមែនជាហ្វាល់ {format} ទេ។ គ្មានអ្វីត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>The release&apos;s {what} needs a newer RefDesk; install the newer version of the app.</source>
        <translation>{what}នៃកំណែចេញផ្សាយ ត្រូវការ RefDesk កំណែថ្មីជាងនេះ។ សូមដំឡើងកម្មវិធីកំណែថ្មីជាង។</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from this installation ({folder}); reinstall RefDesk.</source>
        <translation>កាតាឡុកដែលភ្ជាប់មកជាមួយកម្មវិធី បាត់ពីការដំឡើងនេះ ({folder})។ សូមដំឡើង RefDesk ឡើងវិញ។</translation>
    </message>
    <message>
        <source>No catalogue is installed yet; run &apos;refdesk update&apos; or start the app once.</source>
        <translation>មិនទាន់មានកាតាឡុកដែលបានដំឡើងនៅឡើយទេ។ សូមដំណើរការ &apos;refdesk update&apos; ឬបើកកម្មវិធីម្ដង។</translation>
    </message>
    <message>
        <source>No resource with id &apos;{id}&apos; in the installed catalogue.</source>
        <translation>គ្មានឯកសារដែលមានលេខសម្គាល់ &apos;{id}&apos; ក្នុងកាតាឡុកដែលបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>The document {document}… is missing from {folder}; run &apos;refdesk update&apos; to restore it.</source>
        <translation>ហ្វាល់ឯកសារ {document}… បាត់ពី {folder}។ សូមដំណើរការ &apos;refdesk update&apos; ដើម្បីស្ដារវាឡើងវិញ។</translation>
    </message>
    <message>
        <source>The catalogue database {path} is missing; run &apos;refdesk update&apos; to reinstall it.</source>
        <translation>មូលដ្ឋានទិន្នន័យកាតាឡុក {path} បាត់។ សូមដំណើរការ &apos;refdesk update&apos; ដើម្បីដំឡើងវាឡើងវិញ។</translation>
    </message>
    <message>
        <source>The catalogue database {path} cannot be read ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>មិនអាចអានមូលដ្ឋានទិន្នន័យកាតាឡុក {path} បានទេ ({reason})។ សូមដំឡើងកាតាឡុកឡើងវិញដោយ &apos;refdesk update&apos;។</translation>
    </message>
    <message>
        <source>The catalogue database {path} is incomplete; reinstall the catalogue.</source>
        <translation>មូលដ្ឋានទិន្នន័យកាតាឡុក {path} មិនពេញលេញទេ។ សូមដំឡើងកាតាឡុកឡើងវិញ។</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer RefDesk; install the newer version of the app.</source>
        <translation>កាតាឡុកនេះត្រូវបានសរសេរដោយ RefDesk កំណែថ្មីជាង។ សូមដំឡើងកម្មវិធីកំណែថ្មីជាង។</translation>
    </message>
    <message>
        <source>The catalogue database {path} is damaged ({reason}); reinstall the catalogue.</source>
        <translation>មូលដ្ឋានទិន្នន័យកាតាឡុក {path} ខូច ({reason})។ សូមដំឡើងកាតាឡុកឡើងវិញ។</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>មិនអាចអាន {path} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>{path} names a generation that does not exist; delete that file and run &apos;refdesk update&apos; to reinstall the catalogue.</source>
        <translation>{path} ចង្អុលទៅជំនាន់ដែលមិនមាន។ សូមលុបហ្វាល់នោះ ហើយដំណើរការ &apos;refdesk update&apos; ដើម្បីដំឡើងកាតាឡុកឡើងវិញ។</translation>
    </message>
    <message>
        <source>Another RefDesk process is updating {folder}; try again when it finishes.</source>
        <translation>ដំណើរការ RefDesk មួយទៀតកំពុងធ្វើបច្ចុប្បន្នភាព {folder}។ សូមសាកម្ដងទៀតនៅពេលវាបញ្ចប់។</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <translation>{name}, {count} ឯកសារ</translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation>{name}, {count} ឯកសារ</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, បានជ្រើស</translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation>តម្រង{title}, {count} តម្លៃ</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, បានជ្រើស {count}</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;តម្រង&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>តម្រង</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>សម្អាត</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>សម្អាតតម្រង</translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation>ដកតម្រងដែលបានធីកទាំងអស់ និងចន្លោះឆ្នាំចេញ</translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation>ក្រុមតម្រង</translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation>ក្រុមតម្រង ព្រមទាំងចំនួនឯកសារដែលត្រូវគ្នា។ Space ឬ Enter ដើម្បីធីកតម្លៃ។ តម្លៃដែលបានធីកក្នុងក្រុមតែមួយផ្សំគ្នាដោយ OR (មួយណាក៏បាន) ហើយក្រុមផ្សេងៗផ្សំគ្នាដោយ AND (គ្រប់ក្រុម)។</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>ពីឆ្នាំ</translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation>តែឯកសារដែលបោះពុម្ពផ្សាយក្នុង ឬក្រោយឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>ដល់ឆ្នាំ</translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation>តែឯកសារដែលបោះពុម្ពផ្សាយក្នុង ឬមុនឆ្នាំនេះ</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>What a screen reader says for the dash between the two year boxes (&quot;2005 to 2020&quot;).</extracomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation>ឆ្នាំនៃលទ្ធផលទាំងនេះ</translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation>លទ្ធផលពីឆ្នាំ {years}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation>RefDesk — ផ្លូវកាត់ក្ដារចុច</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្ដារចុច</translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation>រាល់ពាក្យបញ្ជារបស់ RefDesk និងគ្រាប់ចុចសម្រាប់ដំណើរការវា</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>បញ្ជីផ្លូវកាត់</translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation>តារាងពាក្យបញ្ជា និងគ្រាប់ចុចរបស់វា</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>បិទបញ្ជីផ្លូវកាត់</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation>“{title}” មិនមានឯកសាររក្សាទុកក្នុង RefDesk ទេ។ អាសយដ្ឋានវេបរបស់វាបង្ហាញក្នុងព័ត៌មានលម្អិត។</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <translation>សូមជ្រើសឯកសារជាមុនសិន រួចចុច Ctrl+D ដើម្បីចំណាំវា។</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>បានចំណាំហើយ។</translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation>បានដកចំណាំចេញ។ កំណត់ចំណាំរបស់អ្នក (បើមាន) នៅរក្សាទុកដដែល។</translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation>មានតែចំណាំ ឬកំណត់ចំណាំលើឯកសារដែលមានបោះពុម្ពថ្មីប៉ុណ្ណោះ ដែលត្រូវទទួលស្គាល់។</translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation>បានទទួលស្គាល់៖ ចំណាំ និងកំណត់ចំណាំឥឡូវភ្ជាប់នឹងបោះពុម្ពថ្មីហើយ។</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>បានបន្ថែមទៅ “{name}”។</translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation>បានដកចេញពី “{name}”។</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>បណ្ដុំថ្មី</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>ឈ្មោះបណ្ដុំថ្មី៖</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>ប្ដូរឈ្មោះបណ្ដុំ</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>ឈ្មោះថ្មីសម្រាប់ “{name}”៖</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation>បានលុបបណ្ដុំ “{name}”។ ចំណាំរបស់វានៅដដែល។</translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation>បានរក្សាទុកការស្វែងរក “{name}”។ ក្រោយបច្ចុប្បន្នភាពនីមួយៗ វានឹងបង្ហាញអ្វីដែលថ្មីសម្រាប់ការស្វែងរកនេះ។</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>ក្រុមគោលដៅ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <extracomment>The submenu of View that chooses the window&apos;s language. Its accelerator letter must differ from those of the other View entries (Larger text, Smaller text, Normal size, the themes).</extracomment>
        <translation>ភាសា(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>លំនាំដើមប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>The language of the operating system when RefDesk speaks it, else English</source>
        <translation>ភាសារបស់ប្រព័ន្ធប្រតិបត្តិការ បើ RefDesk មានភាសានោះ បើមិនដូច្នោះទេ ភាសាអង់គ្លេស</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RefDesk</source>
        <translation>RefDesk</translation>
    </message>
    <message>
        <source>Search and read the reference catalogue offline</source>
        <translation>ស្វែងរក និងអានកាតាឡុកឯកសារយោង ដោយមិនចាំបាច់មានអ៊ីនធឺណិត</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>កំពុងបើកកាតាឡុក…</translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation>កាតាឡុកត្រូវបានដំឡើង និងរួចរាល់ហើយ។</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>កំពុងស្វែងរក…</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation>មិនអាចបើកកាតាឡុកបានទេ។

{reason}</translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation>កំពុងរៀបចំកាតាឡុកសម្រាប់ប្រើលើកដំបូង (ធ្វើតែម្ដងគត់)៖ {step}…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation>រកមិនឃើញអ្វីទេ។ សាកល្បងប្រើពាក្យតិចជាងនេះ ឬពាក្យផ្សេង ពិនិត្យអក្ខរាវិរុទ្ធ ឬសម្អាតតម្រង។</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>ការស្វែងរកបរាជ័យ</translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation>RefDesk មិនបើកទំព័រវេបទេ។ អាសយដ្ឋានគឺ {url}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>ប្រើឈ្មោះនេះ</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>បិទដោយមិនផ្លាស់ប្ដូរ</translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>ម៉ោង (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>វិធី</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation>RefDesk — កំណត់ហេតុបណ្ដាញ</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>កំណត់ហេតុបណ្ដាញ</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation>រាល់សំណើដែល RefDesk បានផ្ញើតាមបណ្ដាញ ថ្មីបំផុតមុនគេ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>សំណើ</translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation>មួយជួរក្នុងមួយសំណើ៖ ម៉ោង វិធី អាសយដ្ឋាន ស្ថានភាព ចំនួនបៃដែលបានទទួល</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>អានកំណត់ហេតុម្ដងទៀត</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>បិទកំណត់ហេតុបណ្ដាញ</translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation>RefDesk មិនទាន់បានផ្ញើសំណើណាមួយពីកុំព្យូទ័រនេះទេ៖ វាដំណើរការក្រៅបណ្ដាញ ហើយភ្ជាប់អ៊ីនធឺណិតតែដើម្បីពិនិត្យបច្ចុប្បន្នភាព ពេលអ្នកស្នើប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} សំណើ បានទទួល {size}៖ នេះជារាល់សំណើដែល RefDesk បានធ្វើ ហើយសុទ្ធតែជាការពិនិត្យ និងទាញយកបច្ចុប្បន្នភាព។ ការស្វែងរក ចំណាំ និងកំណត់ចំណាំ មិនដែលចេញពីកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} សំណើ បានទទួល {size}៖ នេះជារាល់សំណើដែល RefDesk បានធ្វើ ហើយសុទ្ធតែជាការពិនិត្យ និងទាញយកបច្ចុប្បន្នភាព។ ការស្វែងរក ចំណាំ និងកំណត់ចំណាំ មិនដែលចេញពីកុំព្យូទ័រនេះទេ។</translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation>គ្មានចម្លើយ</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation>កំណត់ចំណាំរបស់អ្នកលើឯកសារនេះ៖ អ្នកណាបានឆ្លើយ អ្វីដែលមានប្រសិទ្ធភាព… រក្សាទុកខណៈពេលអ្នកវាយ ហើយនៅតែលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation>&lt;b&gt;កំណត់ចំណាំខ្ញុំ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>បានរក្សាទុកកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>កំណត់ចំណាំខ្ញុំ</translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation>កំណត់ចំណាំផ្ទាល់ខ្លួនរបស់អ្នកលើឯកសារនេះ រក្សាទុកខណៈពេលអ្នកវាយ ហើយនៅដដែលក្រោយបច្ចុប្បន្នភាពកាតាឡុក (Alt+4)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>កំពុងរក្សាទុក…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>បានរក្សាទុក</translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation>កំណត់ចំណាំ៖ {state}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>tools for catalogue publishers</source>
        <translation>ឧបករណ៍សម្រាប់អ្នកបោះពុម្ពផ្សាយកាតាឡុក</translation>
    </message>
    <message>
        <source>validate a catalogue source folder</source>
        <translation>ពិនិត្យសុពលភាពថតប្រភពកាតាឡុក</translation>
    </message>
    <message>
        <source>new publisher keys and KEYDIR/root.json (the trust file)</source>
        <translation>កូនសោអ្នកបោះពុម្ពផ្សាយថ្មី និង KEYDIR/root.json (ហ្វាល់ការទុកចិត្ត)</translation>
    </message>
    <message>
        <source>add a new signed release to a static repository</source>
        <translation>បន្ថែមកំណែចេញផ្សាយថ្មីដែលមានហត្ថលេខា ទៅឃ្លាំងទិន្នន័យឋិតិវន្ត</translation>
    </message>
    <message>
        <source>an offline update bundle (.zip) for USB sticks</source>
        <translation>កញ្ចប់បច្ចុប្បន្នភាពក្រៅបណ្ដាញ (.zip) សម្រាប់ហ្វ្លាស USB</translation>
    </message>
    <message>
        <source>re-sign the bundle&apos;s timestamp to last 45 days (without: the repository&apos;s own expiry)</source>
        <translation>ចុះហត្ថលេខាឡើងវិញលើត្រាពេលវេលារបស់កញ្ចប់ ឲ្យមានសុពលភាព 45 ថ្ងៃ (បើគ្មានជម្រើសនេះ៖ តាមកាលផុតកំណត់របស់ឃ្លាំងទិន្នន័យផ្ទាល់)</translation>
    </message>
    <message>
        <source>New publisher keys in {keydir} (keep them secret and backed up).
Ship {root} with the app, or give it to &apos;refdesk update --trust&apos;.</source>
        <translation>កូនសោអ្នកបោះពុម្ពផ្សាយថ្មីនៅក្នុង {keydir} (រក្សាវាជាការសម្ងាត់ និងបម្រុងទុក)។
ចែកចាយ {root} ជាមួយកម្មវិធី ឬផ្ដល់វាទៅ &apos;refdesk update --trust&apos;។</translation>
    </message>
    <message numerus="yes">
        <source>from {version}: %n bytes</source>
        <translation>
            <numerusform>ពី {version}៖ %n បៃ</numerusform>
            <numerusform>ពី {version}៖ %n បៃ</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {catalogue} version {version} to {repo}: {resources}, {documents}; snapshot {snapshot}; deltas {deltas}.</source>
        <translation>បានបោះពុម្ពផ្សាយ {catalogue} កំណែ {version} ទៅ {repo}៖ {resources}, {documents}; ច្បាប់ចម្លងពេញ {snapshot}; ផ្នែកផ្លាស់ប្ដូរ {deltas}។</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ឯកសារ</numerusform>
            <numerusform>%n ឯកសារ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n ហ្វាល់ឯកសារ</numerusform>
            <numerusform>%n ហ្វាល់ឯកសារ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n បៃ</numerusform>
            <numerusform>%n បៃ</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no deltas</comment>
        <translation>គ្មាន</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n bytes); it can be used until {expires} UTC.</source>
        <translation>
            <numerusform>បានសរសេរ {out} (%n បៃ)។ អាចប្រើបានរហូតដល់ {expires} UTC។</numerusform>
            <numerusform>បានសរសេរ {out} (%n បៃ)។ អាចប្រើបានរហូតដល់ {expires} UTC។</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing; give the folder made by &apos;refdesk publish keys&apos;.</source>
        <translation>{path} បាត់។ សូមផ្ដល់ថតដែលបានបង្កើតដោយ &apos;refdesk publish keys&apos;។</translation>
    </message>
    <message>
        <source>{path} is not a private key ({reason}).</source>
        <translation>{path} មិនមែនជាកូនសោឯកជនទេ ({reason})។</translation>
    </message>
    <message>
        <source>{path} already exists; keys are never overwritten. Choose an empty folder.</source>
        <translation>{path} មានរួចហើយ។ កូនសោមិនដែលត្រូវបានសរសេរជាន់ទេ។ សូមជ្រើសថតទទេ។</translation>
    </message>
    <message>
        <source>{folder} already holds publisher keys; choose an empty folder.</source>
        <translation>{folder} មានកូនសោអ្នកបោះពុម្ពផ្សាយរួចហើយ។ សូមជ្រើសថតទទេ។</translation>
    </message>
    <message>
        <source>Signing releases needs the &apos;cryptography&apos; package: pip install &apos;refdesk[publish]&apos;.</source>
        <translation>ការចុះហត្ថលេខាលើកំណែចេញផ្សាយ ត្រូវការកញ្ចប់ &apos;cryptography&apos;៖ pip install &apos;refdesk[publish]&apos;។</translation>
    </message>
    <message>
        <source>{path} is missing; {repo} is not a complete repository.</source>
        <translation>{path} បាត់។ {repo} មិនមែនជាឃ្លាំងទិន្នន័យពេញលេញទេ។</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>មិនអាចអាន {path} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>{repo} is not a RefDesk repository (no metadata/1.root.json).</source>
        <translation>{repo} មិនមែនជាឃ្លាំងទិន្នន័យ RefDesk ទេ (គ្មាន metadata/1.root.json)។</translation>
    </message>
    <message>
        <source>The {role} key in the key folder is not one this repository&apos;s root trusts; give the key folder this repository was created with.</source>
        <translation>កូនសោ {role} ក្នុងថតកូនសោ មិនមែនជាកូនសោដែលឫសរបស់ឃ្លាំងទិន្នន័យនេះទុកចិត្តទេ។ សូមផ្ដល់ថតកូនសោដែលបានប្រើពេលបង្កើតឃ្លាំងទិន្នន័យនេះ។</translation>
    </message>
    <message>
        <source>{repo} has no release yet; run &apos;refdesk publish build&apos; first.</source>
        <translation>{repo} មិនទាន់មានកំណែចេញផ្សាយនៅឡើយទេ។ សូមដំណើរការ &apos;refdesk publish build&apos; ជាមុនសិន។</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the update bundle; free some space or choose another drive.</source>
        <translation>មិនមានទំហំគ្រប់គ្រាន់ក្នុង {folder} សម្រាប់កញ្ចប់បច្ចុប្បន្នភាពទេ។ សូមធ្វើឲ្យមានទំហំទំនេរខ្លះ ឬជ្រើសដ្រាយផ្សេង។</translation>
    </message>
    <message>
        <source>{repo} is a TUF repository without a RefDesk release.json.</source>
        <translation>{repo} ជាឃ្លាំងទិន្នន័យ TUF ដែលគ្មាន release.json របស់ RefDesk។</translation>
    </message>
    <message>
        <source>{repo}: the release.json in force is missing or damaged.</source>
        <translation>{repo}៖ release.json ដែលកំពុងប្រើ បាត់ ឬខូច។</translation>
    </message>
    <message>
        <source>{repo} publishes the catalogue &apos;{published}&apos;, not &apos;{given}&apos;; use a separate repository for each catalogue.</source>
        <translation>{repo} បោះពុម្ពផ្សាយកាតាឡុក &apos;{published}&apos; មិនមែន &apos;{given}&apos; ទេ។ សូមប្រើឃ្លាំងទិន្នន័យដាច់ដោយឡែកសម្រាប់កាតាឡុកនីមួយៗ។</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}៖ ឈ្មោះហ្វាល់នៃកញ្ចប់បច្ចុប្បន្នភាពត្រូវតែបញ្ចប់ដោយ .zip។</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ដ្រាយ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>ថត</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>ជ្រើស(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>លុប(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>មើលក្នុង(&amp;L)៖</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ថតថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>បើក(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ប្ដូរឈ្មោះ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក(&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ហ្វាល់ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ប្ដូរទៅទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ប្ដូរទៅទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>បង្កើតថតថ្មីមួយ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ឈ្មោះហ្វាល់(&amp;N)៖</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ហ្វាល់</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ប្រភេទហ្វាល់(&amp;T)៖</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ទៅកាន់ថតមេ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ថតមេ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>បង្ហាញហ្វាល់ដែលលាក់(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>របារចំហៀង</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>រក្សាទុកជា</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ប្រភេទ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ចម្លងទីតាំងតំណ(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation>មិនអាចអានឯកសារ {name} បានទេ។</translation>
    </message>
</context>
<context>
    <name>ResourcePane</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>ទំព័រវេប</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>ព័ត៌មានលម្អិតឯកសារ</translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation>គ្រប់ព័ត៌មាននៃឯកសារដែលបានជ្រើស សេចក្ដីសង្ខេប ហ្វាល់ឯកសារ ការបកប្រែ និងបោះពុម្ពនានា។ Tab រំកិលរវាងតំណ Enter បើកតំណមួយ។</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>បើកឯកសារ</translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation>បើកឯកសារក្នុងកម្មវិធីមើលរបស់ RefDesk (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation>ចម្លងតំណវេប</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation>ចម្លងអាសយដ្ឋានវេបផ្លូវការរបស់ឯកសារទៅក្ដារតម្បៀតខ្ទាស់ (Ctrl+Shift+C)។ RefDesk មិនដែលបើកវាទេ</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ ចំណាំ</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ចំណាំ</translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation>ចំណាំឯកសារនេះ ឬដកចំណាំចេញ (Ctrl+D)។ ចំណាំនៅដដែលក្រោយបច្ចុប្បន្នភាពកាតាឡុក</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>បណ្ដុំ…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>បណ្ដុំ</translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation>ដាក់ឯកសារនេះទៅក្នុងបណ្ដុំ ឬដកវាចេញពីបណ្ដុំ (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation>ជ្រើសលទ្ធផលមួយ ដើម្បីមើលព័ត៌មានលម្អិតនៅទីនេះ។</translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation>ឯកសារនេះត្រូវបានដកចេញពីកាតាឡុក។ មានតែចំណាំ និងកំណត់ចំណាំរបស់អ្នកប៉ុណ្ណោះដែលនៅរក្សាទុក។ លេខសម្គាល់របស់វាគឺ &lt;code&gt;{id}&lt;/code&gt;។</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ បានចំណាំ</translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation>បណ្ដុំសម្រាប់ឯកសារនេះ</translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation>បណ្ដុំថ្មីដែលមានឯកសារនេះ…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្ដីសង្ខេប</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>គ្មានសេចក្ដីសង្ខេប។</translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation>មានបោះពុម្ពថ្មីជាង៖</translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation>{id} (មិនមានក្នុងកាតាឡុកនេះ)</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} ទំព័រ</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} ទំព័រ</translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation>ត្រូវបំផុតនៅទំព័រ {page}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ហ្វាល់ឯកសារ</translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation>គ្មានហ្វាល់ឯកសាររក្សាទុកក្នុងកាតាឡុកទេ។ សូមមើលអាសយដ្ឋានវេបខាងក្រោម។</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>ការបកប្រែ</translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation>ជំនួស (បោះពុម្ពចាស់ជាង)</translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation>ត្រូវបានជំនួសដោយ (បោះពុម្ពថ្មីជាង)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>អាសយដ្ឋានវេប</translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation>បង្ហាញតែប៉ុណ្ណោះ មិនបើកទេ៖ ចម្លងវាទៅក្នុងកម្មវិធីរុករកវេប ពេលអ្នកមានអ៊ីនធឺណិត។</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>មិនមានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>អ្នកបោះពុម្ពផ្សាយ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ប្រធានបទ</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>ក្រុមគោលដៅ</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>ការកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>លេខសម្គាល់</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation>ទំ. {page}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(គ្មានសេចក្ដីសង្ខេប)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <translation>ត្រូវបំផុតនៅទំព័រ {page}។</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation>ភាពពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>ថ្មីបំផុតមុន</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>ចំណងជើង ក–អ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;លទ្ធផល&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>តម្រៀបតាម</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>តម្រៀបលទ្ធផលតាម</translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation>ភាពពាក់ព័ន្ធ ថ្មីបំផុតមុន ឬចំណងជើង</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation>ឯកសារដែលត្រូវគ្នា ត្រូវបំផុតមុនគេ។ ឯកសារដែលបានជ្រើសបង្ហាញនៅខាងស្ដាំ។ Enter បើកឯកសាររបស់វានៅទំព័រដែលត្រូវបំផុត។</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation>ស្វែងរកចំណងជើង សេចក្ដីសង្ខេប និងគ្រប់ទំព័រ — ឧ. debt bondage fishing, &quot;recruitment fee&quot;, country:KH</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation>វាយពាក្យដើម្បីស្វែងរកក្នុងកាតាឡុក និងអត្ថបទពេញនៃឯកសាររបស់វា។ លទ្ធផលប្ដូរតាមពេលអ្នកវាយ។ សញ្ញាសម្រង់ស្វែងរកជាឃ្លា។ OR, NOT, ពាក្យ* និង field:value ក៏ប្រើបានដែរ។</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>តើអ្នកចង់រក</translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation>ស្វែងរកដោយអក្ខរាវិរុទ្ធដែលបានណែនាំជំនួសវិញ (Alt+D)</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>ចំនួនលទ្ធផល</translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation>ចំនួនឯកសារដែលត្រូវនឹងការស្វែងរក និងតម្រង</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} លទ្ធផល</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} លទ្ធផល</translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation>តើអ្នកចង់រក៖ {words}?  (Alt+D)</translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation>តើអ្នកចង់រក {words}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation>ចំណាំ</translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation>របារចំណាំ</translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation>ចំណាំ កំណត់ចំណាំ បណ្ដុំ ឯកសារថ្មីៗ និងការស្វែងរកដែលរក្សាទុករបស់អ្នក</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation>ថ្មី {count}</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation>ចំណាំ និងកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>បណ្ដុំ</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>បានមើលថ្មីៗ</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>ការស្វែងរកដែលរក្សាទុក</translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation>Ctrl+D ដើម្បីចំណាំឯកសារដែលអ្នកកំពុងអាន</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation>Ctrl+Shift+N ដើម្បីបង្កើតបណ្ដុំ</translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation>ឯកសារដែលអ្នកបានមើលនឹងបង្ហាញនៅទីនេះ</translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation>Ctrl+S ដើម្បីរក្សាទុកការស្វែងរកដែលអ្នកបានវាយ</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>បោះពុម្ពថ្មី</translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation>មានបោះពុម្ពថ្មី តាំងពីអ្នកបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation>ត្រូវបានជំនួសដោយ {title}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation>បានដកចេញពីកាតាឡុក — កំណត់ចំណាំរបស់អ្នកនៅរក្សាទុក</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation>បានដកចេញពីកាតាឡុក</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation>បណ្ដុំ {name}, {count} ឯកសារ</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation>បណ្ដុំ “{name}”៖ {count} ឯកសារ។ F2 ដើម្បីប្ដូរឈ្មោះ។</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation>បណ្ដុំ {name}, {count} ឯកសារ</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation>បណ្ដុំ “{name}”៖ {count} ឯកសារ។ F2 ដើម្បីប្ដូរឈ្មោះ។</translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation>{title}, បានមើលថ្ងៃ {date}</translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation>{title}, {count} ធាតុ</translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation>, លទ្ធផលថ្មី {count}</translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation>បានចំណាំ មានកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>បានចំណាំ</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>មានកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ទាន់សម័យ</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>កំណត់ចំណាំ៖ {note}</translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation>ការស្វែងរកដែលរក្សាទុក {name}</translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation>, លទ្ធផលថ្មី {count} តាំងពីបច្ចុប្បន្នភាពចុងក្រោយ</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation>ស្វែងរក “{query}”</translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation>លទ្ធផលថ្មី {count} តាំងពីបច្ចុប្បន្នភាពកាតាឡុកចុងក្រោយ</translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation>ចុច Enter ដើម្បីស្វែងរក។</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <translation>ចំណាំ បណ្ដុំ ឯកសារថ្មីៗ និងការស្វែងរកដែលរក្សាទុក</translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation>Enter បើកឯកសារ ឬដំណើរការការស្វែងរកដែលរក្សាទុក។ F2 ប្ដូរឈ្មោះបណ្ដុំ។ Delete ដកចំណាំ បណ្ដុំ ឬការស្វែងរកដែលរក្សាទុកចេញ។ គ្រាប់ចុចម៉ឺនុយបង្ហាញសកម្មភាពបន្ថែម។</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>បណ្ដុំថ្មី…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>បណ្ដុំថ្មី</translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation>បង្កើតបណ្ដុំទទេ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>ប្ដូរឈ្មោះ…</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>ប្ដូរឈ្មោះបណ្ដុំ</translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation>ប្ដូរឈ្មោះបណ្ដុំដែលបានជ្រើស (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation>ដកចំណាំ បណ្ដុំ ឬការស្វែងរកដែលរក្សាទុក ដែលបានជ្រើសចេញ (Delete)</translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation>សកម្មភាពរបស់របារចំហៀង</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation>ដំណើរការការស្វែងរកនេះ</translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation>ទទួលស្គាល់បោះពុម្ពថ្មី</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>បើកបោះពុម្ពថ្មី</translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation>លុបបណ្ដុំ (ចំណាំនៅដដែល)</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>លុបការស្វែងរកដែលរក្សាទុក</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>ដកចេញពីបណ្ដុំនេះ</translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation>ដកចំណាំចេញ (កំណត់ចំណាំនៅដដែល)</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>{name}: not a PDF, Markdown, text or HTML document</source>
        <translation>{name}៖ មិនមែនជាឯកសារ PDF, Markdown, អត្ថបទ ឬ HTML ទេ</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}៖ មិនអាចអានបានទេ ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({reason})</source>
        <translation>{name}៖ មិនមែនជា PDF ដែលអាចអានបានទេ ({reason})</translation>
    </message>
    <message>
        <source>not a folder; give the catalogue folder</source>
        <translation>មិនមែនជាថតទេ។ សូមផ្ដល់ថតកាតាឡុក</translation>
    </message>
    <message>
        <source>missing resources/ folder</source>
        <translation>បាត់ថត resources/</translation>
    </message>
    <message>
        <source>missing catalogue.yaml (id, title, publisher)</source>
        <translation>បាត់ catalogue.yaml (id, title, publisher)</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>មិនមែនជាអត្ថបទ UTF-8 ទេ។ សូមរក្សាទុកហ្វាល់ជា UTF-8</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-64 of a-z, 0-9 and &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; ត្រូវមាន 3-64 តួ ពី a-z, 0-9 និង &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (ignored)</source>
        <translation>វាល &apos;{field}&apos; មិនស្គាល់ (មិនអើពើ)</translation>
    </message>
    <message>
        <source>labels must map topics/audiences to {slug: label}</source>
        <translation>labels ត្រូវផ្គូផ្គង topics/audiences ទៅ {slug: label}</translation>
    </message>
    <message>
        <source>labels.{facet} must map slugs to labels</source>
        <translation>labels.{facet} ត្រូវផ្គូផ្គង slug ទៅស្លាក</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML មិនត្រឹមត្រូវ៖ {problem}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>បាត់វាលចាំបាច់ &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no front matter: start the file with &apos;---&apos;, the fields, &apos;---&apos;</source>
        <translation>គ្មាន front matter៖ ចាប់ផ្ដើមហ្វាល់ដោយ &apos;---&apos; បន្ទាប់មកវាលនានា រួច &apos;---&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-100 of a-z, 0-9 and &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; ត្រូវមាន 3-100 តួ ពី a-z, 0-9 និង &apos;-&apos; ហើយមិនចាប់ផ្ដើមដោយ &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;{type}&apos;; use one of {choices}</source>
        <translation>តម្លៃ type &apos;{type}&apos; មិនស្គាល់។ សូមប្រើមួយក្នុងចំណោម {choices}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (kept as an extra field)</source>
        <translation>វាល &apos;{field}&apos; មិនស្គាល់ (រក្សាទុកជាវាលបន្ថែម)</translation>
    </message>
    <message>
        <source>year must be a whole number such as 2020, not &apos;{year}&apos;</source>
        <translation>year ត្រូវតែជាចំនួនគត់ ដូចជា 2020 មិនមែន &apos;{year}&apos; ទេ</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)</source>
        <translation>&apos;{code}&apos; មិនមែនជាលេខកូដប្រទេស ISO 3166-1 alpha-2 ទេ (ឧ. TH, VN)</translation>
    </message>
    <message>
        <source>unknown region &apos;{region}&apos;; use one of {choices}</source>
        <translation>តម្លៃ region &apos;{region}&apos; មិនស្គាល់។ សូមប្រើមួយក្នុងចំណោម {choices}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 639-1 (or 639-3) language code (e.g. en, th)</source>
        <translation>&apos;{code}&apos; មិនមែនជាលេខកូដភាសា ISO 639-1 (ឬ 639-3) ទេ (ឧ. en, th)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {field} must be a lower-case slug such as &apos;debt-bondage&apos;</source>
        <translation>&apos;{value}&apos; ក្នុង {field} ត្រូវតែជា slug អក្សរតូច ដូចជា &apos;debt-bondage&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;{stage}&apos;; use one of {choices}</source>
        <translation>តម្លៃ stage &apos;{stage}&apos; មិនស្គាល់។ សូមប្រើមួយក្នុងចំណោម {choices}</translation>
    </message>
    <message>
        <source>unknown identification &apos;{identification}&apos;; use one of {choices}</source>
        <translation>តម្លៃ identification &apos;{identification}&apos; មិនស្គាល់។ សូមប្រើមួយក្នុងចំណោម {choices}</translation>
    </message>
    <message>
        <source>no summary after the front matter</source>
        <translation>គ្មានសេចក្ដីសង្ខេបបន្ទាប់ពី front matter</translation>
    </message>
    <message>
        <source>documents must be a list of {path, language, title}</source>
        <translation>documents ត្រូវតែជាបញ្ជីនៃ {path, language, title}</translation>
    </message>
    <message>
        <source>each document needs a &apos;path&apos; relative to documents/</source>
        <translation>ឯកសារនីមួយៗត្រូវការ &apos;path&apos; ដែលធៀបនឹង documents/</translation>
    </message>
    <message>
        <source>document path &apos;{path}&apos; escapes documents/</source>
        <translation>ផ្លូវឯកសារ &apos;{path}&apos; ចេញក្រៅ documents/</translation>
    </message>
    <message>
        <source>document &apos;documents/{path}&apos; does not exist</source>
        <translation>ឯកសារ &apos;documents/{path}&apos; មិនមានទេ</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos; is not PDF, Markdown, text or HTML</source>
        <translation>ឯកសារ &apos;{path}&apos; មិនមែនជា PDF, Markdown, អត្ថបទ ឬ HTML ទេ</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos;: &apos;{language}&apos; is not a language code</source>
        <translation>ឯកសារ &apos;{path}&apos;៖ &apos;{language}&apos; មិនមែនជាលេខកូដភាសាទេ</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also in {place})</source>
        <translation>id &apos;{id}&apos; ស្ទួន (មានក្នុង {place} ផងដែរ)</translation>
    </message>
    <message>
        <source>{field} names &apos;{id}&apos;, which is not a resource id in this catalogue</source>
        <translation>{field} ចង្អុលទៅ &apos;{id}&apos; ដែលមិនមែនជា id ឯកសារក្នុងកាតាឡុកនេះទេ</translation>
    </message>
    <message>
        <source>{field} must be a list such as [a, b]</source>
        <translation>{field} ត្រូវតែជាបញ្ជី ដូចជា [a, b]</translation>
    </message>
    <message>
        <source>expected key: value pairs</source>
        <translation>ត្រូវការគូ key: value</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation>
            <numerusform>មានកំហុស %n ក្នុង {source}។</numerusform>
            <numerusform>មានកំហុស %n ក្នុង {source}។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: OK (%n warning(s)).</source>
        <translation>
            <numerusform>{source}៖ គ្មានកំហុស (ការព្រមាន %n)។</numerusform>
            <numerusform>{source}៖ គ្មានកំហុស (ការព្រមាន %n)។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue source {root} has %n problem(s).</source>
        <translation>
            <numerusform>ប្រភពកាតាឡុក {root} មានបញ្ហា %n។</numerusform>
            <numerusform>ប្រភពកាតាឡុក {root} មានបញ្ហា %n។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <translation>ស្ថានភាពនៃចំណាំរបស់អ្នក</translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation>ធ្វើសកម្មភាពតាមស្ថានភាព</translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation>ទទួលស្គាល់បោះពុម្ពថ្មី ឬបើកបោះពុម្ពដែលជំនួសវា</translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation>&lt;b&gt;បោះពុម្ពថ្មី។&lt;/b&gt; ឯកសារនេះបានផ្លាស់ប្ដូរ តាំងពីអ្នកបានចំណាំវា ឬសរសេរកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>ទទួលស្គាល់</translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation>សម្គាល់បោះពុម្ពថ្មីថាបានឃើញហើយ (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation>&lt;b&gt;ត្រូវបានជំនួសដោយ &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;។&lt;/b&gt; បោះពុម្ពថ្មីជាងបានជំនួសវាហើយ។</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>បើកបោះពុម្ពថ្មី</translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation>បោះពុម្ពថ្មីជាង</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>បង្ហាញ {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation>&lt;b&gt;បានដកចេញ។&lt;/b&gt; អ្នកបោះពុម្ពផ្សាយបានដកឯកសារនេះចេញពីកាតាឡុក។ ចំណាំ ចំណងជើង និងកំណត់ចំណាំរបស់អ្នកនៅរក្សាទុក។</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>គ្មានសកម្មភាព</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>គ្មានអ្វីត្រូវធ្វើ</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation>បោះពុម្ពផ្សាយថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation>បោះពុម្ពផ្សាយម្សិលមិញ</translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation>បោះពុម្ពផ្សាយ {count} ថ្ងៃមុន</translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation>បោះពុម្ពផ្សាយ {count} ខែមុន</translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation>បោះពុម្ពផ្សាយ {count} ឆ្នាំមុន</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} ឯកសារ</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} ឯកសារ</translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation>{title} · កំណែ {version} · {age} · {resources}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation>កាតាឡុកដែលបានដំឡើង កំណែ និងអាយុរបស់វា និងអ្វីដែល RefDesk កំពុងធ្វើ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>កំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation>បង្ហាញខណៈពេល RefDesk ស្វែងរក ឬរៀបចំកាតាឡុក</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>កាតាឡុក</translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation>ចំណងជើង កំណែ និងអាយុនៃកាតាឡុកដែលបានដំឡើង</translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation>មិនទាន់បានដំឡើងកាតាឡុក</translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation>{title} ដោយ {publisher} កំណែ {version} បោះពុម្ពផ្សាយ {date}</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation>RefDesk — បច្ចុប្បន្នភាពកាតាឡុក</translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation>បច្ចុប្បន្នភាពកាតាឡុក</translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation>ចំនួនឯកសារដែលបានបន្ថែម ផ្លាស់ប្ដូរ និងដកចេញ នឹងដឹងនៅពេលទាញយករួច។</translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation>ឯកសារ៖ បន្ថែម {added} ផ្លាស់ប្ដូរ {changed} ដកចេញ {removed}។</translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation>{source} (និងប្រភពចម្លង)</translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation>មិនទាន់កំណត់ប្រភពបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation>បន្ថែមអាសយដ្ឋានគេហទំព័របច្ចុប្បន្នភាពរបស់អ្នកបោះពុម្ពផ្សាយ ឬប្រភពចម្លង នៅក្នុង &lt;b&gt;ការកំណត់បច្ចុប្បន្នភាព&lt;/b&gt; (Ctrl+,)។ បើគ្មានការតភ្ជាប់ សូមនាំចូលបច្ចុប្បន្នភាពពីហ្វាល់ ឬហ្វ្លាស USB ជំនួសវិញ (Ctrl+Shift+U)។</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>កំពុងពិនិត្យបច្ចុប្បន្នភាព…</translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation>កំពុងសួរ {where} រកកំណែចុងក្រោយដែលមានហត្ថលេខា។</translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation>កំណែ {version} ត្រូវបានដំឡើង។ បានពិនិត្យជាមួយ {where}។</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>កាតាឡុកទាន់សម័យហើយ</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>កំណែ {version} ត្រូវបានដំឡើង។</translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} បានអាន {size}។ &lt;b&gt;ការផ្លាស់ប្ដូរ&lt;/b&gt; បង្ហាញបញ្ជីឯកសារទាំងនោះ ព្រមទាំងចំណាំ និងការស្វែងរកដែលរក្សាទុករបស់អ្នកដែលពាក់ព័ន្ធ។</translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} បានទាញយក {size}។ &lt;b&gt;ការផ្លាស់ប្ដូរ&lt;/b&gt; បង្ហាញបញ្ជីឯកសារទាំងនោះ ព្រមទាំងចំណាំ និងការស្វែងរកដែលរក្សាទុករបស់អ្នកដែលពាក់ព័ន្ធ។</translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពទៅកំណែ {version}</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation>{reason}&lt;br&gt;កាតាឡុកដែលបានដំឡើងមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation>បច្ចុប្បន្នភាពមិនបានសម្រេច</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>បានបោះបង់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ កាតាឡុកដែលបានដំឡើងនៅតែប្រើដដែល។</translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation>ពិនិត្យរកកំណែថ្មីជាងនៃកាតាឡុក ដែលមានហត្ថលេខា។</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation>គ្មានកាតាឡុក</translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation>តែផ្នែកដែលផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>កាតាឡុកទាំងមូល</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>បច្ចុប្បន្ន៖ {have}។ {counts}&lt;br&gt;ត្រូវអាន &lt;b&gt;{size}&lt;/b&gt; ({method}) ពី {where}។&lt;br&gt;ចំណាំ កំណត់ចំណាំ និងបណ្ដុំរបស់អ្នកនៅរក្សាទុក។</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>បច្ចុប្បន្ន៖ {have}។ {counts}&lt;br&gt;ត្រូវទាញយក &lt;b&gt;{size}&lt;/b&gt; ({method}) ពី {where}។&lt;br&gt;ចំណាំ កំណត់ចំណាំ និងបណ្ដុំរបស់អ្នកនៅរក្សាទុក។</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>មានកំណែ {version} ហើយ</translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation>បានផ្អាក៖ កំណែ {version}</translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation>កំពុងធ្វើបច្ចុប្បន្នភាពទៅកំណែ {version}…</translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation>“បន្ត” នឹងទាញយកបន្តពីកន្លែងដែលបានឈប់ ទោះបីបានបិទ RefDesk ក៏ដោយ។</translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation>អ្វីដែលបច្ចុប្បន្នភាពកាតាឡុកនាំមក ការទាញយក និងវឌ្ឍនភាពរបស់វា</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>ស្ថានភាពបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>ព័ត៌មានលម្អិតនៃបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>វឌ្ឍនភាពនៃបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation>បច្ចុប្បន្នភាពបានទាញយកប៉ុន្មានហើយ បន្ទាប់មកអ្វីដែលកំពុងដំឡើង</translation>
    </message>
    <message>
        <source>Update step</source>
        <translation>ជំហាននៃបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>ទាញយក និងដំឡើង</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>ចាប់ផ្ដើមបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ផ្អាក</translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation>ឈប់ទាញយក ហើយរក្សាទុកផ្នែកដែលបានមកដល់</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation>ឈប់ ហើយបោះចោលផ្នែកដែលបានទាញយក</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation>បង្ហាញបញ្ជីអ្វីដែលបច្ចុប្បន្នភាពនេះបានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation>ការកំណត់…</translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation>ប្រភព ប្រូកស៊ី ការពិនិត្យស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>នាំចូលពីហ្វាល់…</translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation>បច្ចុប្បន្នភាពនៅក្នុងហ្វ្លាស USB ឬក្នុងថត</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation>បិទបង្អួចនេះ បច្ចុប្បន្នភាពនៅតែបន្ត</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>ដំឡើង</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>សាកម្ដងទៀត</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ពិនិត្យម្ដងទៀត</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>ពិនិត្យបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation>កំពុងពិនិត្យកំណែដែលមានហត្ថលេខា…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>កំពុងចាប់ផ្ដើម…</translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation>បានអាន {done} នៃ {total}</translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation>បានទាញយក {done} នៃ {total}</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — បានផ្អាក</translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation>{step}… (ជំហាននេះមិនអាចផ្អាកបានទេ។ “បោះបង់” នឹងរក្សាកាតាឡុកចាស់)</translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation>{source}៖ ប្រើបានតែអាសយដ្ឋាន https:// និង http:// ថត និងហ្វាល់ .zip ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation>ប្រូកស៊ីត្រូវមានទម្រង់ដូច http://proxy.example:3128 (ឬទុកទទេ)។</translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation>RefDesk — ការកំណត់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>ការកំណត់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation>ប្រភពបច្ចុប្បន្នភាព ប្រូកស៊ី និងការពិនិត្យស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation>RefDesk ភ្ជាប់បណ្ដាញតែដើម្បីទាញយកបច្ចុប្បន្នភាពកាតាឡុកដែលមានហត្ថលេខាពីប្រភពទាំងនេះប៉ុណ្ណោះ ហើយតែពេលអ្នកស្នើ ឬពេលចាប់ផ្ដើម បើអ្នកអនុញ្ញាតខាងក្រោម។</translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation>ប្រភពបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation>មួយក្នុងមួយបន្ទាត់ សាកតាមលំដាប់៖ អាសយដ្ឋាន https:// (ទីមួយជាអ្នកបោះពុម្ពផ្សាយ ផ្សេងទៀតជាប្រភពចម្លង) ថត ឬកញ្ចប់ .zip</translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation>ប្រភព មួយបន្ទាត់មួយ(&amp;S)៖</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation>http://proxy.example:3128 — ទុកទទេដើម្បីភ្ជាប់ដោយផ្ទាល់</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>ប្រូកស៊ី</translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation>ប្រូកស៊ី http:// ឬ https:// សម្រាប់សំណើបច្ចុប្បន្នភាព ទុកទទេបើមិនប្រើ</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>ប្រូកស៊ី(&amp;P)៖</translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation>ពិនិត្យបច្ចុប្បន្នភាពពេល RefDesk ចាប់ផ្ដើម(&amp;C)</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>ពិនិត្យបច្ចុប្បន្នភាពពេលចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation>តែលើការតភ្ជាប់ដែលប្រព័ន្ធរាយការណ៍ថាមិនគិតថ្លៃតាមទិន្នន័យ មិនដែលពិនិត្យពេលមិនដឹងច្បាស់</translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation>មិនដែលពិនិត្យលើការតភ្ជាប់ដែលគិតថ្លៃតាមទិន្នន័យ ឬពេលប្រព័ន្ធមិនអាចប្រាប់បាន។</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation>កំណត់ហេតុបណ្ដាញ…</translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation>រាល់សំណើដែល RefDesk បានផ្ញើ (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation>ពិនិត្យ ហើយរក្សាទុកការកំណត់ទាំងនេះ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>បិទដោយមិនរក្សាទុក</translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation>នាំចូលកញ្ចប់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation>នាំចូលថតបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation>RefDesk — {title}</translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation>កញ្ចប់បច្ចុប្បន្នភាព .zip ឬថតឃ្លាំងទិន្នន័យ ឧទាហរណ៍ នៅក្នុងហ្វ្លាស USB</translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation>កញ្ចប់បច្ចុប្បន្នភាព (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ហ្វាល់ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Export an update bundle</source>
        <translation>នាំចេញកញ្ចប់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Where to save the .zip bundle, e.g. on a USB stick for other laptops</source>
        <translation>កន្លែងរក្សាទុកកញ្ចប់ .zip ឧទាហរណ៍ នៅលើហ្វ្លាស USB សម្រាប់កុំព្យូទ័រផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Exporting the catalogue to {file}…</source>
        <translation>កំពុងនាំចេញកាតាឡុកទៅ {file}…</translation>
    </message>
    <message>
        <source>Exporting the catalogue: {percent}%</source>
        <translation>កំពុងនាំចេញកាតាឡុក៖ {percent}%</translation>
    </message>
    <message>
        <source>Saved version {version} of “{title}” to {file} ({size}).

Other laptops install it with Updates › Import update from file…, until {date}; after that date they will refuse it, and a new bundle has to be exported after checking for updates online.</source>
        <translation>បានរក្សាទុក “{title}” កំណែ {version} ទៅ {file} ({size})។

កុំព្យូទ័រផ្សេងទៀតអាចដំឡើងវាតាម បច្ចុប្បន្នភាព › នាំចូលបច្ចុប្បន្នភាពពីហ្វាល់… រហូតដល់ {date}។ ក្រោយថ្ងៃនោះ កុំព្យូទ័រទាំងនោះនឹងបដិសេធវា ហើយត្រូវនាំចេញកញ្ចប់ថ្មី បន្ទាប់ពីពិនិត្យបច្ចុប្បន្នភាពតាមអ៊ីនធឺណិត។</translation>
    </message>
    <message>
        <source>Update bundle saved: {file}</source>
        <translation>បានរក្សាទុកកញ្ចប់បច្ចុប្បន្នភាព៖ {file}</translation>
    </message>
    <message>
        <source>Export update bundle</source>
        <translation>នាំចេញកញ្ចប់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation>បានរក្សាទុកការកំណត់បច្ចុប្បន្នភាព។</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Downloading… {done} of {total}</source>
        <translation>កំពុងទាញយក… {done} នៃ {total}</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version {version}).</source>
        <translation>កាតាឡុកទាន់សម័យហើយ (កំណែ {version})។</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>បន្ថែម {added} ផ្លាស់ប្ដូរ {changed} ដកចេញ {removed}</translation>
    </message>
    <message>
        <source>changes counted once it is downloaded</source>
        <translation>ចំនួនការផ្លាស់ប្ដូរនឹងដឹងនៅពេលទាញយករួច</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>មិនទាន់បានដំឡើងអ្វីទេ</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (delta update).</source>
        <translation>មានកំណែ {version} ហើយ (បច្ចុប្បន្ន៖ {start})៖ {changes}។ ត្រូវទាញយក {size} (បច្ចុប្បន្នភាពតែផ្នែកដែលផ្លាស់ប្ដូរ)។</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (full update).</source>
        <translation>មានកំណែ {version} ហើយ (បច្ចុប្បន្ន៖ {start})៖ {changes}។ ត្រូវទាញយក {size} (បច្ចុប្បន្នភាពកាតាឡុកទាំងមូល)។</translation>
    </message>
    <message>
        <source>Updated to version {version}: {changes}; downloaded {size}.</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពទៅកំណែ {version}៖ {changes}។ បានទាញយក {size}។</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n បៃ</numerusform>
            <numerusform>%n បៃ</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Reading the catalogue source</source>
        <translation>កំពុងអានប្រភពកាតាឡុក</translation>
    </message>
    <message>
        <source>Writing the catalogue database</source>
        <translation>កំពុងសរសេរមូលដ្ឋានទិន្នន័យកាតាឡុក</translation>
    </message>
    <message>
        <source>Indexing every page</source>
        <translation>កំពុងធ្វើលិបិក្រមគ្រប់ទំព័រ</translation>
    </message>
    <message>
        <source>Copying the installed catalogue</source>
        <translation>កំពុងចម្លងកាតាឡុកដែលបានដំឡើង</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>កំពុងអនុវត្តការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Storing documents</source>
        <translation>កំពុងរក្សាទុកហ្វាល់ឯកសារ</translation>
    </message>
    <message>
        <source>Verifying the new catalogue</source>
        <translation>កំពុងផ្ទៀងផ្ទាត់កាតាឡុកថ្មី</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}៖ ឈ្មោះហ្វាល់នៃកញ្ចប់បច្ចុប្បន្នភាពត្រូវតែបញ្ចប់ដោយ .zip។</translation>
    </message>
    <message>
        <source>No catalogue is installed yet, so there is nothing to export.</source>
        <translation>មិនទាន់មានកាតាឡុកដែលបានដំឡើងទេ ដូច្នេះគ្មានអ្វីត្រូវនាំចេញទេ។</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature on this catalogue expired on {date}; other laptops would refuse the bundle. Check for updates while online, then export again.</source>
        <translation>ហត្ថលេខារបស់អ្នកបោះពុម្ពផ្សាយលើកាតាឡុកនេះ បានផុតកំណត់នៅ {date}។ កុំព្យូទ័រផ្សេងទៀតនឹងបដិសេធកញ្ចប់នេះ។ សូមពិនិត្យបច្ចុប្បន្នភាពពេលមានអ៊ីនធឺណិត រួចនាំចេញម្ដងទៀត។</translation>
    </message>
    <message>
        <source>This laptop last verified version {verified} of the catalogue but has version {installed} installed. Finish the update (Check for updates), then export.</source>
        <translation>កុំព្យូទ័រនេះបានផ្ទៀងផ្ទាត់កាតាឡុកកំណែ {verified} ជាចុងក្រោយ ប៉ុន្តែកំណែដែលបានដំឡើងគឺ {installed}។ សូមបញ្ចប់បច្ចុប្បន្នភាព (ពិនិត្យបច្ចុប្បន្នភាព) រួចនាំចេញ។</translation>
    </message>
    <message numerus="yes">
        <source>%n of the catalogue&apos;s documents are missing from {folder}; reinstall the catalogue (Import update) before exporting it.</source>
        <translation>
            <numerusform>ហ្វាល់ឯកសារ %n នៃកាតាឡុកបាត់ពី {folder}។ សូមដំឡើងកាតាឡុកឡើងវិញ (នាំចូលបច្ចុប្បន្នភាព) មុននឹងនាំចេញវា។</numerusform>
            <numerusform>ហ្វាល់ឯកសារ %n នៃកាតាឡុកបាត់ពី {folder}។ សូមដំឡើងកាតាឡុកឡើងវិញ (នាំចូលបច្ចុប្បន្នភាព) មុននឹងនាំចេញវា។</numerusform>
        </translation>
    </message>
    <message>
        <source>not TUF metadata</source>
        <translation>មិនមែនជាទិន្នន័យមេតា TUF ទេ</translation>
    </message>
    <message>
        <source>This laptop&apos;s catalogue was not installed from a signed release, so it cannot vouch for it; install or update the catalogue from the publisher first.</source>
        <translation>កាតាឡុកលើកុំព្យូទ័រនេះ មិនត្រូវបានដំឡើងពីកំណែចេញផ្សាយដែលមានហត្ថលេខាទេ ដូច្នេះកុំព្យូទ័រនេះមិនអាចធានាលើវាបានទេ។ សូមដំឡើង ឬធ្វើបច្ចុប្បន្នភាពកាតាឡុកពីអ្នកបោះពុម្ពផ្សាយជាមុនសិន។</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check for updates to repair the trust store, then export.</source>
        <translation>មិនអាចអាន {path} បានទេ ({reason})។ សូមពិនិត្យបច្ចុប្បន្នភាព ដើម្បីជួសជុលឃ្លាំងការទុកចិត្ត រួចនាំចេញ។</translation>
    </message>
    <message>
        <source>The signed release file of the installed catalogue is not on this laptop (it was installed by an older RefDesk, or an update was checked but not installed). Check for updates while online, install what is offered, then export again.</source>
        <translation>ហ្វាល់កំណែចេញផ្សាយដែលមានហត្ថលេខានៃកាតាឡុកដែលបានដំឡើង មិនមាននៅលើកុំព្យូទ័រនេះទេ (កាតាឡុកត្រូវបានដំឡើងដោយ RefDesk កំណែចាស់ ឬបច្ចុប្បន្នភាពត្រូវបានពិនិត្យ តែមិនបានដំឡើង)។ សូមពិនិត្យបច្ចុប្បន្នភាពពេលមានអ៊ីនធឺណិត ដំឡើងអ្វីដែលបានផ្ដល់ជូន រួចនាំចេញម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The trust store and the release file disagree about the catalogue snapshot; check for updates while online, then export again.</source>
        <translation>ឃ្លាំងការទុកចិត្ត និងហ្វាល់កំណែចេញផ្សាយ មិនស៊ីគ្នាអំពីច្បាប់ចម្លងពេញនៃកាតាឡុកទេ។ សូមពិនិត្យបច្ចុប្បន្នភាពពេលមានអ៊ីនធឺណិត រួចនាំចេញម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The installed catalogue cannot be turned back into the exact file the publisher signed (it may have been written by a different RefDesk). Check for updates while online and export again, or ask the publisher for a bundle (&apos;refdesk publish bundle&apos;).</source>
        <translation>មិនអាចបង្កើតហ្វាល់ដូចបេះបិទនឹងហ្វាល់ដែលអ្នកបោះពុម្ពផ្សាយបានចុះហត្ថលេខា ពីកាតាឡុកដែលបានដំឡើងបានទេ (ប្រហែលជាវាត្រូវបានសរសេរដោយ RefDesk កំណែផ្សេង)។ សូមពិនិត្យបច្ចុប្បន្នភាពពេលមានអ៊ីនធឺណិត ហើយនាំចេញម្ដងទៀត ឬសុំកញ្ចប់ពីអ្នកបោះពុម្ពផ្សាយ (&apos;refdesk publish bundle&apos;)។</translation>
    </message>
    <message>
        <source>The document {name} on this laptop is damaged (its contents no longer match the publisher&apos;s signature); reinstall the catalogue before exporting it.</source>
        <translation>ហ្វាល់ឯកសារ {name} លើកុំព្យូទ័រនេះខូច (ខ្លឹមសាររបស់វាលែងត្រូវនឹងហត្ថលេខារបស់អ្នកបោះពុម្ពផ្សាយហើយ)។ សូមដំឡើងកាតាឡុកឡើងវិញ មុននឹងនាំចេញវា។</translation>
    </message>
    <message>
        <source>not a release.json</source>
        <translation>មិនមែនជា release.json ទេ</translation>
    </message>
    <message>
        <source>This catalogue release needs a newer RefDesk; install the newer version of the app.</source>
        <translation>កំណែចេញផ្សាយកាតាឡុកនេះ ត្រូវការ RefDesk កំណែថ្មីជាង។ សូមដំឡើងកម្មវិធីកំណែថ្មីជាង។</translation>
    </message>
    <message>
        <source>The release description (release.json) is malformed ({reason}).</source>
        <translation>សេចក្ដីពិពណ៌នាកំណែចេញផ្សាយ (release.json) មានទម្រង់មិនត្រឹមត្រូវ ({reason})។</translation>
    </message>
    <message>
        <source>No update source: give --source URL_OR_PATH (or save sources in the settings).</source>
        <translation>គ្មានប្រភពបច្ចុប្បន្នភាព៖ សូមផ្ដល់ --source URL_OR_PATH (ឬរក្សាទុកប្រភពក្នុងការកំណត់)។</translation>
    </message>
    <message>
        <source>Checking {source}</source>
        <translation>កំពុងពិនិត្យ {source}</translation>
    </message>
    <message>
        <source>This laptop already trusts a different publisher; a new root of trust is accepted only through the publisher&apos;s signed root chain.</source>
        <translation>កុំព្យូទ័រនេះទុកចិត្តអ្នកបោះពុម្ពផ្សាយផ្សេងរួចហើយ។ ឫសនៃការទុកចិត្តថ្មី អាចទទួលយកបានតែតាមរយៈខ្សែសង្វាក់ឫសដែលមានហត្ថលេខារបស់អ្នកបោះពុម្ពផ្សាយប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher&apos;s root.json.</source>
        <translation>មិនទាន់ទុកចិត្តអ្នកបោះពុម្ពផ្សាយណាមួយនៅឡើយទេ៖ សូមផ្ដល់ --trust ROOT_JSON ជាមួយ root.json របស់អ្នកបោះពុម្ពផ្សាយ។</translation>
    </message>
    <message>
        <source>{source} publishes no catalogue release (no release.json).</source>
        <translation>{source} មិនបោះពុម្ពផ្សាយកំណែចេញផ្សាយកាតាឡុកទេ (គ្មាន release.json)។</translation>
    </message>
    <message>
        <source>{source} offers version {version} of the catalogue, older than the installed version {installed}; it was refused.</source>
        <translation>{source} ផ្ដល់កាតាឡុកកំណែ {version} ដែលចាស់ជាងកំណែដែលបានដំឡើង {installed}។ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>Downloading</source>
        <extracomment>A step of an update, shown with &quot;…&quot; after it while the files arrive.</extracomment>
        <translation>កំពុងទាញយក</translation>
    </message>
    <message>
        <source>release.json names {name}, which the signed targets do not list with the same hash and length; nothing was applied.</source>
        <translation>release.json ចង្អុលទៅ {name} ដែល targets ដែលមានហត្ថលេខា មិនបានរាយជាមួយ hash និងប្រវែងដូចគ្នាទេ។ គ្មានអ្វីត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>The update&apos;s delta is not for the release it was signed in.</source>
        <translation>ផ្នែកផ្លាស់ប្ដូររបស់បច្ចុប្បន្នភាព មិនមែនសម្រាប់កំណែចេញផ្សាយដែលវាត្រូវបានចុះហត្ថលេខាទេ។</translation>
    </message>
    <message>
        <source>The update&apos;s snapshot is not for the release it was signed in.</source>
        <translation>ច្បាប់ចម្លងពេញរបស់បច្ចុប្បន្នភាព មិនមែនសម្រាប់កំណែចេញផ្សាយដែលវាត្រូវបានចុះហត្ថលេខាទេ។</translation>
    </message>
    <message>
        <source>The given root of trust is not a valid, self-signed TUF root ({reason}).</source>
        <translation>ឫសនៃការទុកចិត្តដែលបានផ្ដល់ មិនមែនជាឫស TUF ត្រឹមត្រូវ ដែលចុះហត្ថលេខាដោយខ្លួនឯងទេ ({reason})។</translation>
    </message>
    <message>
        <source>its signed metadata has expired (a frozen mirror, or an old bundle)</source>
        <translation>ទិន្នន័យមេតាដែលមានហត្ថលេខារបស់វាបានផុតកំណត់ (ប្រភពចម្លងដែលឈប់ធ្វើបច្ចុប្បន្នភាព ឬកញ្ចប់ចាស់)</translation>
    </message>
    <message>
        <source>it is older than what this laptop already trusts</source>
        <translation>វាចាស់ជាងអ្វីដែលកុំព្យូទ័រនេះទុកចិត្តរួចហើយ</translation>
    </message>
    <message>
        <source>it is not signed by the publisher&apos;s keys</source>
        <translation>វាមិនត្រូវបានចុះហត្ថលេខាដោយកូនសោរបស់អ្នកបោះពុម្ពផ្សាយទេ</translation>
    </message>
    <message>
        <source>a file does not match what the publisher signed (tampered or damaged)</source>
        <translation>ហ្វាល់មួយមិនត្រូវនឹងអ្វីដែលអ្នកបោះពុម្ពផ្សាយបានចុះហត្ថលេខាទេ (ត្រូវបានកែបន្លំ ឬខូច)</translation>
    </message>
    <message>
        <source>a file is longer than the publisher signed</source>
        <translation>ហ្វាល់មួយវែងជាងអ្វីដែលអ្នកបោះពុម្ពផ្សាយបានចុះហត្ថលេខា</translation>
    </message>
    <message>
        <source>The update from {source} was refused: {reason}. Nothing was applied.</source>
        <translation>បច្ចុប្បន្នភាពពី {source} ត្រូវបានបដិសេធ៖ {reason}។ គ្មានអ្វីត្រូវបានអនុវត្តទេ។</translation>
    </message>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>មិនអាចប្រើប្រភពបច្ចុប្បន្នភាពណាមួយបានទេ ({detail})។ សូមពិនិត្យការតភ្ជាប់ ឬហ្វ្លាស USB ហើយសាកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{source} is neither a repository folder nor a .zip update bundle.</source>
        <translation>{source} មិនមែនជាថតឃ្លាំងទិន្នន័យ ឬកញ្ចប់បច្ចុប្បន្នភាព .zip ទេ។</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>{source} មិនមានទេ (សូមផ្ដល់អាសយដ្ឋាន https:// ថត ឬកញ្ចប់ .zip)។</translation>
    </message>
    <message>
        <source>{url} answered {status}</source>
        <translation>{url} បានឆ្លើយតប {status}</translation>
    </message>
    <message>
        <source>The connection to {url} kept dropping.</source>
        <translation>ការតភ្ជាប់ទៅ {url} ដាច់ម្ដងហើយម្ដងទៀត។</translation>
    </message>
    <message>
        <source>{url} sent more than the {length} bytes its signed length allows.</source>
        <translation>{url} បានផ្ញើលើសពី {length} បៃ ដែលប្រវែងមានហត្ថលេខារបស់វាអនុញ្ញាត។</translation>
    </message>
    <message>
        <source>{url} redirects too many times.</source>
        <translation>{url} បង្វែរទិសច្រើនដងពេក។</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} មិនបានឆ្លើយតបទាន់ពេលទេ។</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({reason}).</source>
        <translation>មិនអាចភ្ជាប់ទៅ {url} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>{url} stalled.</source>
        <translation>{url} បានគាំង។</translation>
    </message>
    <message>
        <source>The connection to {url} dropped ({reason}).</source>
        <translation>ការតភ្ជាប់ទៅ {url} បានដាច់ ({reason})។</translation>
    </message>
    <message>
        <source>{source} is not a readable update bundle ({reason}).</source>
        <translation>{source} មិនមែនជាកញ្ចប់បច្ចុប្បន្នភាពដែលអាចអានបានទេ ({reason})។</translation>
    </message>
    <message>
        <source>{name} is not in {source}</source>
        <translation>{name} មិនមានក្នុង {source} ទេ</translation>
    </message>
    <message>
        <source>{name} cannot be read from {source} ({reason}).</source>
        <translation>មិនអាចអាន {name} ពី {source} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>មិនអាចអាន {name} បានទេ ({reason})។</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <translation>មានកាតាឡុកកំណែ {version} ហើយ ({size})៖ បច្ចុប្បន្នភាព ▸ ពិនិត្យបច្ចុប្បន្នភាព (Ctrl+U)។</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>គ្មានបណ្ដុំឈ្មោះ &apos;{name}&apos; ទេ។</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>មានបណ្ដុំឈ្មោះ &apos;{name}&apos; រួចហើយ។</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} មិនមានទេ។</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export ({reason}).</source>
        <translation>{path} មិនមែនជាហ្វាល់នាំចេញទិន្នន័យអ្នកប្រើរបស់ RefDesk ទេ ({reason})។</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export.</source>
        <translation>{path} មិនមែនជាហ្វាល់នាំចេញទិន្នន័យអ្នកប្រើរបស់ RefDesk ទេ។</translation>
    </message>
    <message>
        <source>{path} was exported by a newer RefDesk; update the app first.</source>
        <translation>{path} ត្រូវបាននាំចេញដោយ RefDesk កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីជាមុនសិន។</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was imported.</source>
        <translation>{path} ខូច ({reason})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>បណ្ដុំត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>Your user data {path} cannot be read ({reason}); it was left untouched. Move it aside to start afresh, or restore it from an export.</source>
        <translation>មិនអាចអានទិន្នន័យអ្នកប្រើរបស់អ្នក {path} បានទេ ({reason})។ វាត្រូវបានទុកដដែល។ សូមផ្លាស់វាទៅកន្លែងផ្សេង ដើម្បីចាប់ផ្ដើមសាជាថ្មី ឬស្ដារវាពីហ្វាល់នាំចេញ។</translation>
    </message>
    <message>
        <source>{path} was written by a newer RefDesk (user data version {version}, this app reads up to {supported}); install the newer version. Nothing was changed.</source>
        <translation>{path} ត្រូវបានសរសេរដោយ RefDesk កំណែថ្មីជាង (ទិន្នន័យអ្នកប្រើកំណែ {version} កម្មវិធីនេះអានបានត្រឹមកំណែ {supported})។ សូមដំឡើងកំណែថ្មីជាង។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>Your user data {path} could not be saved ({reason}).</source>
        <translation>មិនអាចរក្សាទុកទិន្នន័យអ្នកប្រើរបស់អ្នក {path} បានទេ ({reason})។</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Indicators and checklists</source>
        <translation>សូចនាករ និងបញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Screening tool</source>
        <translation>ឧបករណ៍ពិនិត្យបឋម</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>សេចក្ដីណែនាំ</translation>
    </message>
    <message>
        <source>Handbook or toolkit</source>
        <translation>សៀវភៅណែនាំ ឬកញ្ចប់ឧបករណ៍</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>នីតិវិធីប្រតិបត្តិស្តង់ដារ</translation>
    </message>
    <message>
        <source>Training curriculum</source>
        <translation>កម្មវិធីសិក្សាបណ្ដុះបណ្ដាល</translation>
    </message>
    <message>
        <source>Referral tool or directory</source>
        <translation>ឧបករណ៍ ឬបញ្ជីបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Digital tool</source>
        <translation>ឧបករណ៍ឌីជីថល</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>ការស្រាវជ្រាវ</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Label in the bundled catalogue of the topic policy</extracomment>
        <translation>គោលនយោបាយ</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>ស្តង់ដារទិន្នន័យ</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>សម្ភារៈលើកកម្ពស់ការយល់ដឹង</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>សកល</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>អាស៊ី</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>អាស៊ីអាគ្នេយ៍</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>អាស៊ីខាងត្បូង</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>អាស៊ីបូព៌ា</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>អាស៊ីកណ្ដាល</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>អាស៊ីប៉ាស៊ីហ្វិក</translation>
    </message>
    <message>
        <source>Greater Mekong</source>
        <translation>អនុតំបន់មេគង្គ</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>ប៉ាស៊ីហ្វិក</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>អឺរ៉ុប</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>អាហ្វ្រិក</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>ទ្វីបអាមេរិក</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>មជ្ឈិមបូព៌ា</translation>
    </message>
    <message>
        <source>Age assessment</source>
        <extracomment>Label in the bundled catalogue of the topic age-assessment</extracomment>
        <translation>ការវាយតម្លៃអាយុ</translation>
    </message>
    <message>
        <source>Asylum and trafficking nexus</source>
        <extracomment>Label in the bundled catalogue of the topic asylum-trafficking-nexus</extracomment>
        <translation>ទំនាក់ទំនងរវាងការស្វែងរកសិទ្ធិជ្រកកោន និងការជួញដូរ</translation>
    </message>
    <message>
        <source>Barriers to identification</source>
        <extracomment>Label in the bundled catalogue of the topic barriers</extracomment>
        <translation>ឧបសគ្គក្នុងការកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Bonded labour</source>
        <extracomment>Label in the bundled catalogue of the topic bonded-labour</extracomment>
        <translation>ពលកម្មជាប់ចំណង</translation>
    </message>
    <message>
        <source>Boys</source>
        <extracomment>Label in the bundled catalogue of the topic boys</extracomment>
        <translation>ក្មេងប្រុស</translation>
    </message>
    <message>
        <source>Case data</source>
        <extracomment>Label in the bundled catalogue of the topic case-data</extracomment>
        <translation>ទិន្នន័យករណី</translation>
    </message>
    <message>
        <source>Case documentation</source>
        <extracomment>Label in the bundled catalogue of the topic case-documentation</extracomment>
        <translation>ការចងក្រងឯកសារករណី</translation>
    </message>
    <message>
        <source>Case management</source>
        <extracomment>Label in the bundled catalogue of the topic case-management</extracomment>
        <translation>ការគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>Case records</source>
        <extracomment>Label in the bundled catalogue of the topic case-records</extracomment>
        <translation>កំណត់ត្រាករណី</translation>
    </message>
    <message>
        <source>Case stories</source>
        <extracomment>Label in the bundled catalogue of the topic case-stories</extracomment>
        <translation>រឿងរ៉ាវករណី</translation>
    </message>
    <message>
        <source>Checklists</source>
        <extracomment>Label in the bundled catalogue of the topic checklists</extracomment>
        <translation>បញ្ជីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-criminal-exploitation</extracomment>
        <translation>ការកេងប្រវ័ញ្ចកុមារក្នុងបទល្មើស</translation>
    </message>
    <message>
        <source>Interviewing children</source>
        <extracomment>Label in the bundled catalogue of the topic child-interview-techniques</extracomment>
        <translation>ការសម្ភាសកុមារ</translation>
    </message>
    <message>
        <source>Child labour</source>
        <extracomment>Label in the bundled catalogue of the topic child-labour</extracomment>
        <translation>ពលកម្មកុមារ</translation>
    </message>
    <message>
        <source>Child protection</source>
        <extracomment>Label in the bundled catalogue of the topic child-protection</extracomment>
        <translation>កិច្ចការពារកុមារ</translation>
    </message>
    <message>
        <source>Child rights</source>
        <extracomment>Label in the bundled catalogue of the topic child-rights</extracomment>
        <translation>សិទ្ធិកុមារ</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-sexual-exploitation</extracomment>
        <translation>ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic child-trafficking</extracomment>
        <translation>ការជួញដូរកុមារ</translation>
    </message>
    <message>
        <source>Child victims</source>
        <extracomment>Label in the bundled catalogue of the topic child-victims</extracomment>
        <translation>ជនរងគ្រោះជាកុមារ</translation>
    </message>
    <message>
        <source>Coercion</source>
        <extracomment>Label in the bundled catalogue of the topic coercion</extracomment>
        <translation>ការបង្ខិតបង្ខំ</translation>
    </message>
    <message>
        <source>Community-level response</source>
        <extracomment>Label in the bundled catalogue of the topic community-level-response</extracomment>
        <translation>ការឆ្លើយតបថ្នាក់សហគមន៍</translation>
    </message>
    <message>
        <source>Community policing</source>
        <extracomment>Label in the bundled catalogue of the topic community-policing</extracomment>
        <translation>នគរបាលសហគមន៍</translation>
    </message>
    <message>
        <source>Compensation</source>
        <extracomment>Label in the bundled catalogue of the topic compensation</extracomment>
        <translation>សំណង</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>Label in the bundled catalogue of the topic complaints</extracomment>
        <translation>បណ្ដឹងតវ៉ា</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <extracomment>Label in the bundled catalogue of the topic confidentiality</extracomment>
        <translation>ការរក្សាការសម្ងាត់</translation>
    </message>
    <message>
        <source>Cooperation with law enforcement</source>
        <extracomment>Label in the bundled catalogue of the topic cooperation-with-law-enforcement</extracomment>
        <translation>កិច្ចសហការជាមួយអ្នកអនុវត្តច្បាប់</translation>
    </message>
    <message>
        <source>Counter-trafficking committees</source>
        <extracomment>Label in the bundled catalogue of the topic counter-trafficking-committees</extracomment>
        <translation>គណៈកម្មាធិការប្រយុទ្ធប្រឆាំងការជួញដូរ</translation>
    </message>
    <message>
        <source>Cross-border trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic cross-border-trafficking</extracomment>
        <translation>ការជួញដូរឆ្លងដែន</translation>
    </message>
    <message>
        <source>Data collection</source>
        <extracomment>Label in the bundled catalogue of the topic data-collection</extracomment>
        <translation>ការប្រមូលទិន្នន័យ</translation>
    </message>
    <message>
        <source>Debt</source>
        <extracomment>Label in the bundled catalogue of the topic debt</extracomment>
        <translation>បំណុល</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <extracomment>Label in the bundled catalogue of the topic debt-bondage</extracomment>
        <translation>ការជាប់ចំណងបំណុល</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-work</extracomment>
        <translation>ការងារតាមផ្ទះ</translation>
    </message>
    <message>
        <source>Domestic workers</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-workers</extracomment>
        <translation>ពលករតាមផ្ទះ</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Label in the bundled catalogue of the topic due-diligence</extracomment>
        <translation>ការពិនិត្យដោយប្រុងប្រយ័ត្ន</translation>
    </message>
    <message>
        <source>Education</source>
        <extracomment>Label in the bundled catalogue of the topic education</extracomment>
        <translation>ការអប់រំ</translation>
    </message>
    <message>
        <source>Ethical interviewing</source>
        <extracomment>Label in the bundled catalogue of the topic ethical-interviewing</extracomment>
        <translation>ការសម្ភាសប្រកបដោយក្រមសីលធម៌</translation>
    </message>
    <message>
        <source>Ethics</source>
        <extracomment>Label in the bundled catalogue of the topic ethics</extracomment>
        <translation>ក្រមសីលធម៌</translation>
    </message>
    <message>
        <source>First contact</source>
        <extracomment>Label in the bundled catalogue of the topic first-contact</extracomment>
        <translation>ទំនាក់ទំនងដំបូង</translation>
    </message>
    <message>
        <source>First response</source>
        <extracomment>Label in the bundled catalogue of the topic first-response</extracomment>
        <translation>ការឆ្លើយតបដំបូង</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Label in the bundled catalogue of the topic fishing</extracomment>
        <translation>ការនេសាទ</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <extracomment>Label in the bundled catalogue of the topic forced-criminality</extracomment>
        <translation>ការបង្ខំឲ្យប្រព្រឹត្តបទល្មើស</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour</extracomment>
        <translation>ពលកម្មដោយបង្ខំ</translation>
    </message>
    <message>
        <source>Forced labour risk</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-risk</extracomment>
        <translation>ហានិភ័យពលកម្មដោយបង្ខំ</translation>
    </message>
    <message>
        <source>Forced labour screening</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-screening</extracomment>
        <translation>ការពិនិត្យបឋមរកពលកម្មដោយបង្ខំ</translation>
    </message>
    <message>
        <source>Forms and templates</source>
        <extracomment>Label in the bundled catalogue of the topic forms</extracomment>
        <translation>ទម្រង់ និងគំរូ</translation>
    </message>
    <message>
        <source>Frontline capacity</source>
        <extracomment>Label in the bundled catalogue of the topic frontline-capacity</extracomment>
        <translation>សមត្ថភាពបុគ្គលិកជួរមុខ</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Label in the bundled catalogue of the topic gender</extracomment>
        <translation>យេនឌ័រ</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Label in the bundled catalogue of the topic health</extracomment>
        <translation>សុខភាព</translation>
    </message>
    <message>
        <source>Human rights</source>
        <extracomment>Label in the bundled catalogue of the topic human-rights</extracomment>
        <translation>សិទ្ធិមនុស្ស</translation>
    </message>
    <message>
        <source>Humanitarian protection</source>
        <extracomment>Label in the bundled catalogue of the topic humanitarian-protection</extracomment>
        <translation>កិច្ចការពារមនុស្សធម៌</translation>
    </message>
    <message>
        <source>Mapping of identification tools</source>
        <extracomment>Label in the bundled catalogue of the topic identification-tools-mapping</extracomment>
        <translation>ការគូសផែនទីឧបករណ៍កំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <extracomment>Label in the bundled catalogue of the topic identity-documents</extracomment>
        <translation>ឯកសារអត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>Label in the bundled catalogue of the topic indicators</extracomment>
        <translation>សូចនាករ</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <extracomment>Label in the bundled catalogue of the topic informed-consent</extracomment>
        <translation>ការយល់ព្រមដោយមានព័ត៌មានគ្រប់គ្រាន់</translation>
    </message>
    <message>
        <source>Inter-state coordination</source>
        <extracomment>Label in the bundled catalogue of the topic inter-state-coordination</extracomment>
        <translation>កិច្ចសម្របសម្រួលរវាងរដ្ឋ</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <extracomment>Label in the bundled catalogue of the topic interoperability</extracomment>
        <translation>អន្តរប្រតិបត្តិការ</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>Label in the bundled catalogue of the topic interpreters; the audience interpreters</extracomment>
        <translation>អ្នកបកប្រែផ្ទាល់មាត់</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <extracomment>Label in the bundled catalogue of the topic interview-questions</extracomment>
        <translation>សំណួរសម្ភាសន៍</translation>
    </message>
    <message>
        <source>Investigation</source>
        <extracomment>Label in the bundled catalogue of the topic investigation</extracomment>
        <translation>ការស៊ើបអង្កេត</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic labour-exploitation</extracomment>
        <translation>ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <extracomment>Label in the bundled catalogue of the topic labour-inspection</extracomment>
        <translation>អធិការកិច្ចការងារ</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <extracomment>Label in the bundled catalogue of the topic labour-migration</extracomment>
        <translation>ចំណាកស្រុកការងារ</translation>
    </message>
    <message>
        <source>Labour trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic labour-trafficking</extracomment>
        <translation>ការជួញដូរពលកម្ម</translation>
    </message>
    <message>
        <source>Language assistance</source>
        <extracomment>Label in the bundled catalogue of the topic language-assistance</extracomment>
        <translation>ជំនួយផ្នែកភាសា</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <extracomment>Label in the bundled catalogue of the topic legal-aid</extracomment>
        <translation>ជំនួយផ្លូវច្បាប់</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <extracomment>Label in the bundled catalogue of the topic legal-framework</extracomment>
        <translation>ក្របខណ្ឌច្បាប់</translation>
    </message>
    <message>
        <source>Measurement</source>
        <extracomment>Label in the bundled catalogue of the topic measurement</extracomment>
        <translation>ការវាស់វែង</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <extracomment>Label in the bundled catalogue of the topic medical-examination</extracomment>
        <translation>ការពិនិត្យវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <extracomment>Label in the bundled catalogue of the topic men-and-boys</extracomment>
        <translation>បុរស និងក្មេងប្រុស</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <extracomment>Label in the bundled catalogue of the topic methods-of-control</extracomment>
        <translation>វិធីសាស្ត្រត្រួតត្រាជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Migrant vulnerability</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-vulnerability</extracomment>
        <translation>ភាពងាយរងគ្រោះរបស់ជនចំណាកស្រុក</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-workers</extracomment>
        <translation>ពលករចំណាកស្រុក</translation>
    </message>
    <message>
        <source>Migration routes</source>
        <extracomment>Label in the bundled catalogue of the topic migration-routes</extracomment>
        <translation>ផ្លូវចំណាកស្រុក</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <extracomment>Label in the bundled catalogue of the topic misconceptions</extracomment>
        <translation>ការយល់ខុស</translation>
    </message>
    <message>
        <source>Missing persons</source>
        <extracomment>Label in the bundled catalogue of the topic missing-persons</extracomment>
        <translation>មនុស្សបាត់ខ្លួន</translation>
    </message>
    <message>
        <source>Mixed migration</source>
        <extracomment>Label in the bundled catalogue of the topic mixed-migration</extracomment>
        <translation>ចំណាកស្រុកចម្រុះ</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <extracomment>Label in the bundled catalogue of the topic modern-slavery</extracomment>
        <translation>ទាសភាពសម័យទំនើប</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Label in the bundled catalogue of the topic monitoring</extracomment>
        <translation>ការតាមដាន</translation>
    </message>
    <message>
        <source>National referral mechanisms (NRMs)</source>
        <extracomment>Label in the bundled catalogue of the topic national-referral-mechanisms</extracomment>
        <translation>យន្តការបញ្ជូនបន្តថ្នាក់ជាតិនានា (NRMs)</translation>
    </message>
    <message>
        <source>National responses</source>
        <extracomment>Label in the bundled catalogue of the topic national-responses</extracomment>
        <translation>ការឆ្លើយតបថ្នាក់ជាតិនានា</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>Label in the bundled catalogue of the topic needs-assessment</extracomment>
        <translation>ការវាយតម្លៃតម្រូវការ</translation>
    </message>
    <message>
        <source>Non-criminalisation</source>
        <extracomment>Label in the bundled catalogue of the topic non-criminalization</extracomment>
        <translation>ការមិនចាត់ទុកជាឧក្រិដ្ឋកម្ម</translation>
    </message>
    <message>
        <source>Non-identification</source>
        <extracomment>Label in the bundled catalogue of the topic non-identification</extracomment>
        <translation>ការមិនបានកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Non-punishment principle</source>
        <extracomment>Label in the bundled catalogue of the topic non-punishment</extracomment>
        <translation>គោលការណ៍មិនដាក់ទណ្ឌកម្ម</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <extracomment>Label in the bundled catalogue of the topic occupational-health</extracomment>
        <translation>សុវត្ថិភាព និងសុខភាពការងារ</translation>
    </message>
    <message>
        <source>Online child sexual exploitation and abuse (OCSEA)</source>
        <extracomment>Label in the bundled catalogue of the topic ocsea</extracomment>
        <translation>ការកេងប្រវ័ញ្ច និងរំលោភបំពានផ្លូវភេទលើកុមារតាមអនឡាញ (OCSEA)</translation>
    </message>
    <message>
        <source>Online scam centres</source>
        <extracomment>Label in the bundled catalogue of the topic online-scam-centres</extracomment>
        <translation>មជ្ឈមណ្ឌលឆបោកតាមអនឡាញ</translation>
    </message>
    <message>
        <source>Placement fees</source>
        <extracomment>Label in the bundled catalogue of the topic placement-fees</extracomment>
        <translation>ថ្លៃសេវាបញ្ជូនពលករ</translation>
    </message>
    <message>
        <source>Post-rescue care</source>
        <extracomment>Label in the bundled catalogue of the topic post-rescue-care</extracomment>
        <translation>ការថែទាំក្រោយការជួយសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Post-trafficking services</source>
        <extracomment>Label in the bundled catalogue of the topic post-trafficking-services</extracomment>
        <translation>សេវាក្រោយការជួញដូរ</translation>
    </message>
    <message>
        <source>Prevention</source>
        <extracomment>Label in the bundled catalogue of the topic prevention</extracomment>
        <translation>ការបង្ការ</translation>
    </message>
    <message>
        <source>Prison labour</source>
        <extracomment>Label in the bundled catalogue of the topic prison-labour</extracomment>
        <translation>ពលកម្មក្នុងពន្ធនាគារ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Label in the bundled catalogue of the topic privacy</extracomment>
        <translation>ឯកជនភាព</translation>
    </message>
    <message>
        <source>Programme design</source>
        <extracomment>Label in the bundled catalogue of the topic programming</extracomment>
        <translation>ការរៀបចំកម្មវិធី</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <extracomment>Label in the bundled catalogue of the topic prosecution</extracomment>
        <translation>ការចោទប្រកាន់</translation>
    </message>
    <message>
        <source>Receipt and repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic receipt-and-repatriation</extracomment>
        <translation>ការទទួល និងការធ្វើមាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Label in the bundled catalogue of the topic recovery</extracomment>
        <translation>ការជាសះស្បើយ</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment</extracomment>
        <translation>ការជ្រើសរើសពលករ</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment-fees</extracomment>
        <translation>ថ្លៃជ្រើសរើសពលករ</translation>
    </message>
    <message>
        <source>Referral</source>
        <extracomment>Label in the bundled catalogue of the topic referral</extracomment>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <extracomment>Label in the bundled catalogue of the topic referral-contacts</extracomment>
        <translation>ទំនាក់ទំនងសម្រាប់បញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral information</source>
        <extracomment>Label in the bundled catalogue of the topic referral-information</extracomment>
        <translation>ព័ត៌មានបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <extracomment>Label in the bundled catalogue of the topic referral-to-services</extracomment>
        <translation>ការបញ្ជូនបន្តទៅសេវា</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <extracomment>Label in the bundled catalogue of the topic regional-cooperation</extracomment>
        <translation>កិច្ចសហប្រតិបត្តិការតំបន់</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <extracomment>Label in the bundled catalogue of the topic rehabilitation</extracomment>
        <translation>ការស្ដារនីតិសម្បទា</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic reintegration</extracomment>
        <translation>សមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <source>Remedies and redress</source>
        <extracomment>Label in the bundled catalogue of the topic remedies</extracomment>
        <translation>ដំណោះស្រាយ និងសំណង</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic repatriation</extracomment>
        <translation>ការធ្វើមាតុភូមិនិវត្តន៍</translation>
    </message>
    <message>
        <source>Reporting</source>
        <extracomment>Label in the bundled catalogue of the topic reporting</extracomment>
        <translation>ការរាយការណ៍</translation>
    </message>
    <message>
        <source>Reporting mechanisms</source>
        <extracomment>Label in the bundled catalogue of the topic reporting-mechanisms</extracomment>
        <translation>យន្តការរាយការណ៍</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>Label in the bundled catalogue of the topic rescue</extracomment>
        <translation>ការជួយសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Rescue planning</source>
        <extracomment>Label in the bundled catalogue of the topic rescue-planning</extracomment>
        <translation>ផែនការជួយសង្គ្រោះ</translation>
    </message>
    <message>
        <source>Research ethics</source>
        <extracomment>Label in the bundled catalogue of the topic research-ethics</extracomment>
        <translation>ក្រមសីលធម៌ស្រាវជ្រាវ</translation>
    </message>
    <message>
        <source>Responsible data</source>
        <extracomment>Label in the bundled catalogue of the topic responsible-data</extracomment>
        <translation>ទិន្នន័យប្រកបដោយការទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic return-and-reintegration</extracomment>
        <translation>ការវិលត្រឡប់ និងសមាហរណកម្មឡើងវិញ</translation>
    </message>
    <message>
        <source>Safe response</source>
        <extracomment>Label in the bundled catalogue of the topic safe-response</extracomment>
        <translation>ការឆ្លើយតបប្រកបដោយសុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Label in the bundled catalogue of the topic safety</extracomment>
        <translation>សុវត្ថិភាព</translation>
    </message>
    <message>
        <source>Screening</source>
        <extracomment>Label in the bundled catalogue of the topic screening</extracomment>
        <translation>ការពិនិត្យបឋម</translation>
    </message>
    <message>
        <source>Screening forms</source>
        <extracomment>Label in the bundled catalogue of the topic screening-forms</extracomment>
        <translation>ទម្រង់ពិនិត្យបឋម</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <extracomment>Label in the bundled catalogue of the topic screening-interview</extracomment>
        <translation>សម្ភាសន៍ពិនិត្យបឋម</translation>
    </message>
    <message>
        <source>Screening tools</source>
        <extracomment>Label in the bundled catalogue of the topic screening-tools</extracomment>
        <translation>ឧបករណ៍ពិនិត្យបឋមនានា</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <extracomment>Label in the bundled catalogue of the topic seafood-processing</extracomment>
        <translation>ការកែច្នៃអាហារសមុទ្រ</translation>
    </message>
    <message>
        <source>Self-identification</source>
        <extracomment>Label in the bundled catalogue of the topic self-identification</extracomment>
        <translation>ការកំណត់អត្តសញ្ញាណខ្លួនឯង</translation>
    </message>
    <message>
        <source>Self-reporting</source>
        <extracomment>Label in the bundled catalogue of the topic self-reporting</extracomment>
        <translation>ការរាយការណ៍ដោយខ្លួនឯង</translation>
    </message>
    <message>
        <source>Service directory</source>
        <extracomment>Label in the bundled catalogue of the topic service-directory</extracomment>
        <translation>បញ្ជីសេវា</translation>
    </message>
    <message>
        <source>Sex trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic sex-trafficking</extracomment>
        <translation>ការជួញដូរផ្លូវភេទ</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic sexual-exploitation</extracomment>
        <translation>ការកេងប្រវ័ញ្ចផ្លូវភេទ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <extracomment>Label in the bundled catalogue of the topic shelter</extracomment>
        <translation>ទីជម្រក</translation>
    </message>
    <message>
        <source>Social audit</source>
        <extracomment>Label in the bundled catalogue of the topic social-audit</extracomment>
        <translation>សវនកម្មសង្គម</translation>
    </message>
    <message>
        <source>Youth of diverse sexual orientation, gender identity and expression (SOGIE)</source>
        <extracomment>Label in the bundled catalogue of the topic sogie-youth</extracomment>
        <translation>យុវជនដែលមានទំនោរផ្លូវភេទ អត្តសញ្ញាណ និងការបញ្ចេញយេនឌ័រចម្រុះ (SOGIE)</translation>
    </message>
    <message>
        <source>Standard of evidence</source>
        <extracomment>Label in the bundled catalogue of the topic standard-of-evidence</extracomment>
        <translation>កម្រិតភស្តុតាង</translation>
    </message>
    <message>
        <source>State obligations</source>
        <extracomment>Label in the bundled catalogue of the topic state-obligations</extracomment>
        <translation>កាតព្វកិច្ចរបស់រដ្ឋ</translation>
    </message>
    <message>
        <source>Statutory duties</source>
        <extracomment>Label in the bundled catalogue of the topic statutory-duties</extracomment>
        <translation>ភារកិច្ចតាមច្បាប់</translation>
    </message>
    <message>
        <source>Street-involved children</source>
        <extracomment>Label in the bundled catalogue of the topic street-involved-children</extracomment>
        <translation>កុមារនៅតាមដងផ្លូវ</translation>
    </message>
    <message>
        <source>Supply chains</source>
        <extracomment>Label in the bundled catalogue of the topic supply-chains</extracomment>
        <translation>ខ្សែសង្វាក់ផ្គត់ផ្គង់</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Label in the bundled catalogue of the topic surveys</extracomment>
        <translation>ការស្ទង់មតិ</translation>
    </message>
    <message>
        <source>Survivor perspectives</source>
        <extracomment>Label in the bundled catalogue of the topic survivor-perspectives</extracomment>
        <translation>ទស្សនៈរបស់អ្នករួចផុតពីការជួញដូរ</translation>
    </message>
    <message>
        <source>Technical Intern Training Program (Japan)</source>
        <extracomment>Label in the bundled catalogue of the topic technical-intern-training-program</extracomment>
        <translation>កម្មវិធីបណ្ដុះបណ្ដាលកម្មសិក្សាការីបច្ចេកទេស (ជប៉ុន)</translation>
    </message>
    <message>
        <source>Terminology</source>
        <extracomment>Label in the bundled catalogue of the topic terminology</extracomment>
        <translation>វាក្យសព្ទ</translation>
    </message>
    <message>
        <source>Trafficking (general)</source>
        <extracomment>Label in the bundled catalogue of the topic trafficking-general</extracomment>
        <translation>ការជួញដូរមនុស្ស (ទូទៅ)</translation>
    </message>
    <message>
        <source>Trauma indicators</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-indicators</extracomment>
        <translation>សូចនាកររបួសផ្លូវចិត្ត</translation>
    </message>
    <message>
        <source>Trauma-informed care</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-care</extracomment>
        <translation>ការថែទាំដោយយល់ដឹងពីរបួសផ្លូវចិត្ត</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-practice</extracomment>
        <translation>ការអនុវត្តដោយយល់ដឹងពីរបួសផ្លូវចិត្ត</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <extracomment>Label in the bundled catalogue of the topic travel-and-tourism</extracomment>
        <translation>ការធ្វើដំណើរ និងទេសចរណ៍</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic types-of-exploitation</extracomment>
        <translation>ប្រភេទនៃការកេងប្រវ័ញ្ច</translation>
    </message>
    <message>
        <source>Unaccompanied and separated children</source>
        <extracomment>Label in the bundled catalogue of the topic unaccompanied-children</extracomment>
        <translation>កុមារគ្មានអ្នកអមដំណើរ និងកុមារបែកពីគ្រួសារ</translation>
    </message>
    <message>
        <source>Victim assistance</source>
        <extracomment>Label in the bundled catalogue of the topic victim-assistance</extracomment>
        <translation>ជំនួយដល់ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim-centred approach</source>
        <extracomment>Label in the bundled catalogue of the topic victim-centred-approach</extracomment>
        <translation>វិធីសាស្ត្រយកជនរងគ្រោះជាស្នូល</translation>
    </message>
    <message>
        <source>Victim-friendly procedures</source>
        <extracomment>Label in the bundled catalogue of the topic victim-friendly-procedures</extracomment>
        <translation>នីតិវិធីស័ក្តិសមនឹងជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim identification</source>
        <extracomment>Label in the bundled catalogue of the topic victim-identification</extracomment>
        <translation>ការកំណត់អត្តសញ្ញាណជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim protection</source>
        <extracomment>Label in the bundled catalogue of the topic victim-protection</extracomment>
        <translation>កិច្ចការពារជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Victim witnesses</source>
        <extracomment>Label in the bundled catalogue of the topic victim-witnesses</extracomment>
        <translation>ជនរងគ្រោះជាសាក្សី</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <extracomment>Label in the bundled catalogue of the topic withholding-of-wages</extracomment>
        <translation>ការកាត់ទុកប្រាក់ឈ្នួល</translation>
    </message>
    <message>
        <source>Women migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic women-migrant-workers</extracomment>
        <translation>ពលករចំណាកស្រុកជាស្ត្រី</translation>
    </message>
    <message>
        <source>Women victims</source>
        <extracomment>Label in the bundled catalogue of the topic women-victims</extracomment>
        <translation>ជនរងគ្រោះជាស្ត្រី</translation>
    </message>
    <message>
        <source>ASEAN government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience asean-government-agencies</extracomment>
        <translation>ស្ថាប័នរដ្ឋាភិបាលនៃប្រទេសអាស៊ាន</translation>
    </message>
    <message>
        <source>Border guards</source>
        <extracomment>Label in the bundled catalogue of the audience border-guards</extracomment>
        <translation>ឆ្មាំព្រំដែន</translation>
    </message>
    <message>
        <source>Border officials</source>
        <extracomment>Label in the bundled catalogue of the audience border-officials</extracomment>
        <translation>មន្ត្រីព្រំដែន</translation>
    </message>
    <message>
        <source>Border police</source>
        <extracomment>Label in the bundled catalogue of the audience border-police</extracomment>
        <translation>នគរបាលព្រំដែន</translation>
    </message>
    <message>
        <source>Business</source>
        <extracomment>Label in the bundled catalogue of the audience business</extracomment>
        <translation>អាជីវកម្ម</translation>
    </message>
    <message>
        <source>Case managers</source>
        <extracomment>Label in the bundled catalogue of the audience case-managers</extracomment>
        <translation>អ្នកគ្រប់គ្រងករណី</translation>
    </message>
    <message>
        <source>Case workers</source>
        <extracomment>Label in the bundled catalogue of the audience case-workers</extracomment>
        <translation>បុគ្គលិកករណី</translation>
    </message>
    <message>
        <source>Child protection workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-protection-workers</extracomment>
        <translation>បុគ្គលិកការពារកុមារ</translation>
    </message>
    <message>
        <source>Child welfare agencies</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-agencies</extracomment>
        <translation>ស្ថាប័នសុខុមាលភាពកុមារ</translation>
    </message>
    <message>
        <source>Child welfare committees</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-committees</extracomment>
        <translation>គណៈកម្មាធិការសុខុមាលភាពកុមារ</translation>
    </message>
    <message>
        <source>Child welfare workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-workers</extracomment>
        <translation>បុគ្គលិកសុខុមាលភាពកុមារ</translation>
    </message>
    <message>
        <source>Civil society</source>
        <extracomment>Label in the bundled catalogue of the audience civil-society</extracomment>
        <translation>សង្គមស៊ីវិល</translation>
    </message>
    <message>
        <source>Commune police</source>
        <extracomment>Label in the bundled catalogue of the audience commune-police</extracomment>
        <translation>នគរបាលប៉ុស្តិ៍ឃុំ</translation>
    </message>
    <message>
        <source>Community monitors</source>
        <extracomment>Label in the bundled catalogue of the audience community-monitors</extracomment>
        <translation>អ្នកតាមដានក្នុងសហគមន៍</translation>
    </message>
    <message>
        <source>Competent authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience competent-authority-staff</extracomment>
        <translation>បុគ្គលិកអាជ្ញាធរមានសមត្ថកិច្ច</translation>
    </message>
    <message>
        <source>Compliance staff</source>
        <extracomment>Label in the bundled catalogue of the audience compliance-staff</extracomment>
        <translation>បុគ្គលិកផ្នែកអនុលោមភាព</translation>
    </message>
    <message>
        <source>Consular officials</source>
        <extracomment>Label in the bundled catalogue of the audience consular-officials</extracomment>
        <translation>មន្ត្រីកុងស៊ុល</translation>
    </message>
    <message>
        <source>Criminal justice practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience criminal-justice-practitioners</extracomment>
        <translation>អ្នកអនុវត្តវិស័យយុត្តិធម៌ព្រហ្មទណ្ឌ</translation>
    </message>
    <message>
        <source>Data collection agencies</source>
        <extracomment>Label in the bundled catalogue of the audience data-collection-agencies</extracomment>
        <translation>ស្ថាប័នប្រមូលទិន្នន័យ</translation>
    </message>
    <message>
        <source>Educators</source>
        <extracomment>Label in the bundled catalogue of the audience educators</extracomment>
        <translation>អ្នកអប់រំ</translation>
    </message>
    <message>
        <source>Employers</source>
        <extracomment>Label in the bundled catalogue of the audience employers</extracomment>
        <translation>និយោជក</translation>
    </message>
    <message>
        <source>Employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience employers-organisations</extracomment>
        <translation>អង្គការនិយោជក</translation>
    </message>
    <message>
        <source>Enforcement agencies</source>
        <extracomment>Label in the bundled catalogue of the audience enforcement-agencies</extracomment>
        <translation>ស្ថាប័នអនុវត្តច្បាប់</translation>
    </message>
    <message>
        <source>First responders</source>
        <extracomment>Label in the bundled catalogue of the audience first-responders</extracomment>
        <translation>អ្នកឆ្លើយតបដំបូង</translation>
    </message>
    <message>
        <source>Fisheries officers</source>
        <extracomment>Label in the bundled catalogue of the audience fisheries-officers</extracomment>
        <translation>មន្ត្រីជលផល</translation>
    </message>
    <message>
        <source>Frontline actors</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-actors</extracomment>
        <translation>តួអង្គជួរមុខ</translation>
    </message>
    <message>
        <source>Frontline agencies</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-agencies</extracomment>
        <translation>ស្ថាប័នជួរមុខ</translation>
    </message>
    <message>
        <source>Frontline organisations</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-organisations</extracomment>
        <translation>អង្គការជួរមុខ</translation>
    </message>
    <message>
        <source>Frontline practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-practitioners</extracomment>
        <translation>អ្នកអនុវត្តជួរមុខ</translation>
    </message>
    <message>
        <source>Frontline responders</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-responders</extracomment>
        <translation>អ្នកឆ្លើយតបជួរមុខ</translation>
    </message>
    <message>
        <source>Frontline screening officers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-screening-officers</extracomment>
        <translation>មន្ត្រីពិនិត្យបឋមជួរមុខ</translation>
    </message>
    <message>
        <source>Frontline staff (government, international organisations, NGOs)</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-staff-government-io-ngo</extracomment>
        <translation>បុគ្គលិកជួរមុខ (រដ្ឋាភិបាល អង្គការអន្តរជាតិ អង្គការមិនមែនរដ្ឋាភិបាល)</translation>
    </message>
    <message>
        <source>Frontline support workers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-support-workers</extracomment>
        <translation>បុគ្គលិកគាំទ្រជួរមុខ</translation>
    </message>
    <message>
        <source>General public</source>
        <extracomment>Label in the bundled catalogue of the audience general-public</extracomment>
        <translation>សាធារណជន</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience government-agencies</extracomment>
        <translation>ស្ថាប័នរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Government officials</source>
        <extracomment>Label in the bundled catalogue of the audience government-officials</extracomment>
        <translation>មន្ត្រីរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Government service providers</source>
        <extracomment>Label in the bundled catalogue of the audience government-service-providers</extracomment>
        <translation>អ្នកផ្ដល់សេវារបស់រដ្ឋ</translation>
    </message>
    <message>
        <source>Governments</source>
        <extracomment>Label in the bundled catalogue of the audience governments</extracomment>
        <translation>រដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Health and social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience health-and-social-service-providers</extracomment>
        <translation>អ្នកផ្ដល់សេវាសុខាភិបាល និងសង្គម</translation>
    </message>
    <message>
        <source>Health workers</source>
        <extracomment>Label in the bundled catalogue of the audience health-workers</extracomment>
        <translation>បុគ្គលិកសុខាភិបាល</translation>
    </message>
    <message>
        <source>Helplines</source>
        <extracomment>Label in the bundled catalogue of the audience helplines</extracomment>
        <translation>ខ្សែទូរសព្ទជំនួយ</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <extracomment>Label in the bundled catalogue of the audience hospitals</extracomment>
        <translation>មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>HR staff</source>
        <extracomment>Label in the bundled catalogue of the audience hr-staff</extracomment>
        <translation>បុគ្គលិកធនធានមនុស្ស</translation>
    </message>
    <message>
        <source>Humanitarian actors</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-actors</extracomment>
        <translation>តួអង្គមនុស្សធម៌</translation>
    </message>
    <message>
        <source>Humanitarian workers</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-workers</extracomment>
        <translation>បុគ្គលិកមនុស្សធម៌</translation>
    </message>
    <message>
        <source>Identifying authorities</source>
        <extracomment>Label in the bundled catalogue of the audience identifying-authorities</extracomment>
        <translation>អាជ្ញាធរកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Immigration officials</source>
        <extracomment>Label in the bundled catalogue of the audience immigration-officials</extracomment>
        <translation>មន្ត្រីអន្តោប្រវេសន៍</translation>
    </message>
    <message>
        <source>Implementing agencies</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-agencies</extracomment>
        <translation>ស្ថាប័នអនុវត្ត</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-partners</extracomment>
        <translation>ដៃគូអនុវត្ត</translation>
    </message>
    <message>
        <source>Industry</source>
        <extracomment>Label in the bundled catalogue of the audience industry</extracomment>
        <translation>ឧស្សាហកម្ម</translation>
    </message>
    <message>
        <source>IOM and UNHCR country offices</source>
        <extracomment>Label in the bundled catalogue of the audience iom-and-unhcr-country-offices</extracomment>
        <translation>ការិយាល័យប្រចាំប្រទេសរបស់ IOM និង UNHCR</translation>
    </message>
    <message>
        <source>Judges</source>
        <extracomment>Label in the bundled catalogue of the audience judges</extracomment>
        <translation>ចៅក្រម</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <extracomment>Label in the bundled catalogue of the audience labour-inspectors</extracomment>
        <translation>អធិការការងារ</translation>
    </message>
    <message>
        <source>Labour officials</source>
        <extracomment>Label in the bundled catalogue of the audience labour-officials</extracomment>
        <translation>មន្ត្រីការងារ</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <extracomment>Label in the bundled catalogue of the audience law-enforcement</extracomment>
        <translation>អ្នកអនុវត្តច្បាប់</translation>
    </message>
    <message>
        <source>Legal case workers</source>
        <extracomment>Label in the bundled catalogue of the audience legal-case-workers</extracomment>
        <translation>បុគ្គលិកករណីផ្លូវច្បាប់</translation>
    </message>
    <message>
        <source>Legal practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience legal-practitioners</extracomment>
        <translation>អ្នកវិជ្ជាជីវៈច្បាប់</translation>
    </message>
    <message>
        <source>Local authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience local-authority-staff</extracomment>
        <translation>បុគ្គលិកអាជ្ញាធរមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Local government</source>
        <extracomment>Label in the bundled catalogue of the audience local-government</extracomment>
        <translation>រដ្ឋបាលមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Label in the bundled catalogue of the audience media</extracomment>
        <translation>ប្រព័ន្ធផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <source>Mental health clinicians</source>
        <extracomment>Label in the bundled catalogue of the audience mental-health-clinicians</extracomment>
        <translation>គ្រូពេទ្យសុខភាពផ្លូវចិត្ត</translation>
    </message>
    <message>
        <source>Multidisciplinary teams</source>
        <extracomment>Label in the bundled catalogue of the audience multi-disciplinary-teams</extracomment>
        <translation>ក្រុមពហុជំនាញ</translation>
    </message>
    <message>
        <source>NGO staff</source>
        <extracomment>Label in the bundled catalogue of the audience ngo-staff</extracomment>
        <translation>បុគ្គលិកអង្គការមិនមែនរដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>Non-state actors supporting governments</source>
        <extracomment>Label in the bundled catalogue of the audience non-state-actors-supporting-governments</extracomment>
        <translation>តួអង្គមិនមែនរដ្ឋដែលគាំទ្ររដ្ឋាភិបាល</translation>
    </message>
    <message>
        <source>National referral mechanism (NRM) stakeholders</source>
        <extracomment>Label in the bundled catalogue of the audience nrm-stakeholders</extracomment>
        <translation>អ្នកពាក់ព័ន្ធនឹងយន្តការបញ្ជូនបន្តថ្នាក់ជាតិ (NRM)</translation>
    </message>
    <message>
        <source>Paediatricians</source>
        <extracomment>Label in the bundled catalogue of the audience paediatricians</extracomment>
        <translation>គ្រូពេទ្យកុមារ</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <extracomment>Label in the bundled catalogue of the audience partner-agencies</extracomment>
        <translation>ស្ថាប័នដៃគូ</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Label in the bundled catalogue of the audience police</extracomment>
        <translation>នគរបាល</translation>
    </message>
    <message>
        <source>Police first responders</source>
        <extracomment>Label in the bundled catalogue of the audience police-first-responders</extracomment>
        <translation>នគរបាលឆ្លើយតបដំបូង</translation>
    </message>
    <message>
        <source>Police investigators</source>
        <extracomment>Label in the bundled catalogue of the audience police-investigators</extracomment>
        <translation>អ្នកស៊ើបអង្កេតនគរបាល</translation>
    </message>
    <message>
        <source>Policymakers</source>
        <extracomment>Label in the bundled catalogue of the audience policymakers</extracomment>
        <translation>អ្នកបង្កើតគោលនយោបាយ</translation>
    </message>
    <message>
        <source>Port authorities</source>
        <extracomment>Label in the bundled catalogue of the audience port-authorities</extracomment>
        <translation>អាជ្ញាធរកំពង់ផែ</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience practitioners</extracomment>
        <translation>អ្នកអនុវត្ត</translation>
    </message>
    <message>
        <source>Probation officers</source>
        <extracomment>Label in the bundled catalogue of the audience probation-officers</extracomment>
        <translation>មន្ត្រីតាមដានការដាក់ឲ្យសាកល្បង</translation>
    </message>
    <message>
        <source>Project staff</source>
        <extracomment>Label in the bundled catalogue of the audience project-staff</extracomment>
        <translation>បុគ្គលិកគម្រោង</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <extracomment>Label in the bundled catalogue of the audience prosecutors</extracomment>
        <translation>ព្រះរាជអាជ្ញា</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <extracomment>Label in the bundled catalogue of the audience public-authorities</extracomment>
        <translation>អាជ្ញាធរសាធារណៈ</translation>
    </message>
    <message>
        <source>Public health workers</source>
        <extracomment>Label in the bundled catalogue of the audience public-health-workers</extracomment>
        <translation>បុគ្គលិកសុខភាពសាធារណៈ</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <extracomment>Label in the bundled catalogue of the audience reception-staff</extracomment>
        <translation>បុគ្គលិកមណ្ឌលទទួល</translation>
    </message>
    <message>
        <source>Recruitment agencies</source>
        <extracomment>Label in the bundled catalogue of the audience recruitment-agencies</extracomment>
        <translation>ភ្នាក់ងារជ្រើសរើសពលករ</translation>
    </message>
    <message>
        <source>Red Cross and Red Crescent staff and volunteers</source>
        <extracomment>Label in the bundled catalogue of the audience red-cross-red-crescent-staff-and-volunteers</extracomment>
        <translation>បុគ្គលិក និងអ្នកស្ម័គ្រចិត្តកាកបាទក្រហម និងអឌ្ឍចន្ទក្រហម</translation>
    </message>
    <message>
        <source>Researchers</source>
        <extracomment>Label in the bundled catalogue of the audience researchers</extracomment>
        <translation>អ្នកស្រាវជ្រាវ</translation>
    </message>
    <message>
        <source>Service providers</source>
        <extracomment>Label in the bundled catalogue of the audience service-providers</extracomment>
        <translation>អ្នកផ្ដល់សេវា</translation>
    </message>
    <message>
        <source>Social affairs officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-affairs-officials</extracomment>
        <translation>មន្ត្រីសង្គមកិច្ច</translation>
    </message>
    <message>
        <source>Social auditors</source>
        <extracomment>Label in the bundled catalogue of the audience social-auditors</extracomment>
        <translation>សវនករសង្គម</translation>
    </message>
    <message>
        <source>Social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience social-service-providers</extracomment>
        <translation>អ្នកផ្ដល់សេវាសង្គម</translation>
    </message>
    <message>
        <source>Social welfare officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-welfare-officials</extracomment>
        <translation>មន្ត្រីសុខុមាលភាពសង្គម</translation>
    </message>
    <message>
        <source>Social workers</source>
        <extracomment>Label in the bundled catalogue of the audience social-workers</extracomment>
        <translation>បុគ្គលិកសង្គមកិច្ច</translation>
    </message>
    <message>
        <source>Software developers</source>
        <extracomment>Label in the bundled catalogue of the audience software-developers</extracomment>
        <translation>អ្នកអភិវឌ្ឍកម្មវិធី</translation>
    </message>
    <message>
        <source>Stakeholders in the fishing sector</source>
        <extracomment>Label in the bundled catalogue of the audience stakeholders-in-fishing-sector</extracomment>
        <translation>អ្នកពាក់ព័ន្ធក្នុងវិស័យនេសាទ</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Label in the bundled catalogue of the audience states</extracomment>
        <translation>រដ្ឋ</translation>
    </message>
    <message>
        <source>Statistical offices</source>
        <extracomment>Label in the bundled catalogue of the audience statistical-offices</extracomment>
        <translation>ការិយាល័យស្ថិតិ</translation>
    </message>
    <message>
        <source>Support providers</source>
        <extracomment>Label in the bundled catalogue of the audience support-providers</extracomment>
        <translation>អ្នកផ្ដល់ការគាំទ្រ</translation>
    </message>
    <message>
        <source>Tool developers</source>
        <extracomment>Label in the bundled catalogue of the audience tool-developers</extracomment>
        <translation>អ្នកអភិវឌ្ឍឧបករណ៍</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <extracomment>Label in the bundled catalogue of the audience trade-unions</extracomment>
        <translation>សហជីព</translation>
    </message>
    <message>
        <source>Trainers</source>
        <extracomment>Label in the bundled catalogue of the audience trainers</extracomment>
        <translation>អ្នកបណ្ដុះបណ្ដាល</translation>
    </message>
    <message>
        <source>USAID staff</source>
        <extracomment>Label in the bundled catalogue of the audience usaid-staff</extracomment>
        <translation>បុគ្គលិក USAID</translation>
    </message>
    <message>
        <source>Victim service providers</source>
        <extracomment>Label in the bundled catalogue of the audience victim-service-providers</extracomment>
        <translation>អ្នកផ្ដល់សេវាដល់ជនរងគ្រោះ</translation>
    </message>
    <message>
        <source>Village officials</source>
        <extracomment>Label in the bundled catalogue of the audience village-officials</extracomment>
        <translation>មន្ត្រីភូមិ</translation>
    </message>
    <message>
        <source>Village police</source>
        <extracomment>Label in the bundled catalogue of the audience village-police</extracomment>
        <translation>នគរបាលភូមិ</translation>
    </message>
    <message>
        <source>Workers&apos; and employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-and-employers-organisations</extracomment>
        <translation>អង្គការកម្មករ និងអង្គការនិយោជក</translation>
    </message>
    <message>
        <source>Workers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-organisations</extracomment>
        <translation>អង្គការកម្មករ</translation>
    </message>
    <message>
        <source>Youth services</source>
        <extracomment>Label in the bundled catalogue of the audience youth-services</extracomment>
        <translation>សេវាយុវជន</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation>នេះជាកាតាឡុកដំបូងគេដែលបានដំឡើងលើកុំព្យូទ័រនេះ៖ គ្មានអ្វីសម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>កំណែ {version}</translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation>កាតាឡុកមុន</translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation>ពី {start} ទៅ &lt;b&gt;កំណែ {version}&lt;/b&gt;។</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>គ្មានឯកសារណាផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>New resources</source>
        <translation>ឯកសារថ្មី</translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation>ឯកសារដែលបានផ្លាស់ប្ដូរ (បោះពុម្ពថ្មី)</translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation>បានដកចេញពីកាតាឡុក</translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation>ចំណាំ និងកំណត់ចំណាំរបស់អ្នក</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>ទាន់សម័យ</translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation>គ្មានចំណាំ ឬកំណត់ចំណាំណាមួយរបស់អ្នកទទួលរងផលប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation>ការស្វែងរកដែលរក្សាទុក និងមានលទ្ធផលថ្មី</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>ថ្មី {count}</translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation>គ្មានការស្វែងរកដែលរក្សាទុកណាមួយមានលទ្ធផលថ្មីទេ។</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation>RefDesk — ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation>អ្វីដែលបច្ចុប្បន្នភាពកាតាឡុកចុងក្រោយបានផ្លាស់ប្ដូរ និងផលប៉ះពាល់លើចំណាំរបស់អ្នក</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>បញ្ជីការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation>បញ្ជីឯកសារ។ Tab រំកិលរវាងតំណ ហើយ Enter បើកតំណមួយ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>បិទបញ្ជីនេះ</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation>សូមជ្រើសឯកសារជាមុនសិន បន្ទាប់មក Alt+5 នាំទៅកំណត់ចំណាំរបស់អ្នកលើឯកសារនោះ។</translation>
    </message>
    <message>
        <source>system</source>
        <translation>តាមប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>light</source>
        <translation>ភ្លឺ</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>ងងឹត</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>រចនាប័ទ្ម៖ {theme}</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>ទំហំអក្សរ៖ {size} pt</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <translation>គ្រប់ឆ្នាំ</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>របៀបប្រើ: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>អាគុយម៉ង់តាមទីតាំង</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>បង្ហាញសារជំនួយនេះ រួចចាកចេញ</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>អាគុយម៉ង់ %(argument_name)s៖ %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ការជ្រើសរើសមិនត្រឹមត្រូវ៖ %(value)r (សូមជ្រើសពី %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>តម្លៃ %(type)s មិនត្រឹមត្រូវ៖ %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ត្រូវការអាគុយម៉ង់មួយ</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>អាចមានអាគុយម៉ង់យ៉ាងច្រើនតែមួយប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ត្រូវការអាគុយម៉ង់យ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ត្រូវការអាគុយម៉ង់ %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ត្រូវការអាគុយម៉ង់ %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ត្រូវការអាគុយម៉ង់ខាងក្រោម៖ %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>អាគុយម៉ង់ដែលមិនស្គាល់៖ %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ជម្រើសមិនច្បាស់លាស់៖ %(option)s អាចត្រូវនឹង %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ត្រូវការអាគុយម៉ង់មួយក្នុងចំណោម %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>មិនអនុញ្ញាតឲ្យប្រើជាមួយអាគុយម៉ង់ %s ទេ</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>បានមិនអើពើអាគុយម៉ង់ដែលបានបញ្ជាក់ %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>មិនអាចបើក &apos;%(filename)s&apos; បានទេ៖ %(error)s</translation>
    </message>
</context>
</TS>
