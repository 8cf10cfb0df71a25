<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<!-- NOT YET REVIEWED by a native speaker. Nepali drafted during development (machine-assisted, not by a native speaker); a native-speaking reviewer should check every message (see docs/translating.md) and then delete this line. -->
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation>खोज(&amp;S)</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>कर्सर खोज बाकसमा लैजानुहोस्</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>खोज खाली गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>खोज बाकस खाली गर्नुहोस्</translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation>सुझाइएको हिज्जे प्रयोग गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation>“तपाईंले यो खोज्नुभएको हो?” मा देखाइएका शब्द खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>फिल्टर हटाउनुहोस्(&amp;F)</translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation>सबै फिल्टर र वर्षको दायरा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>सान्दर्भिकताअनुसार क्रम(&amp;R)</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>सबैभन्दा मिल्ने पहिले</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>सबैभन्दा नयाँ पहिले(&amp;N)</translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation>पछिल्लो वर्ष पहिले</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>शीर्षकअनुसार क्रम(&amp;T)</translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation>शीर्षकको वर्णक्रमअनुसार</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>फिल्टर(&amp;F)</translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation>बायाँपट्टिका फिल्टरमा जानुहोस्</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>नतिजा(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation>नतिजाको सूचीमा जानुहोस्</translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation>सामग्रीको विवरण(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation>दायाँपट्टि छानिएको सामग्रीमा जानुहोस्</translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation>बुकमार्क साइडबार(&amp;B)</translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation>बुकमार्क, संग्रह, हालै हेरिएका र सुरक्षित खोजहरूमा जानुहोस्</translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation>मेरो टिप्पणी(&amp;N)</translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation>छानिएको सामग्रीबारे तपाईंको टिप्पणीमा जानुहोस्</translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation>यो सामग्री बुकमार्क गर्नुहोस्(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation>छानिएको सामग्री बुकमार्क गर्नुहोस्, वा यसको बुकमार्क हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>संग्रहमा थप्नुहोस्(&amp;C)…</translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation>छानिएको सामग्री संग्रहमा राख्नुहोस् वा त्यसबाट निकाल्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation>नयाँ संस्करण स्वीकार गर्नुहोस्(&amp;A)</translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation>परिवर्तन भएको सामग्री हेरिसकेको भनी चिनो लगाउनुहोस्: यसको बुकमार्क र टिप्पणी नयाँ संस्करणमा सर्छन्</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>नयाँ संग्रह(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation>खाली संग्रह सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation>यो खोज सुरक्षित गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation>शब्द र फिल्टर सुरक्षित राख्छ; हरेक अपडेटपछि कति नतिजा नयाँ छन् भनेर देखाउँछ</translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation>साइडबार देखाउनुहोस् वा लुकाउनुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation>बायाँपट्टिका बुकमार्क, संग्रह, हालै हेरिएका सामग्री र सुरक्षित खोजहरू</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>कागजात खोल्नुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation>छानिएको सामग्रीको कागजात सबैभन्दा मिल्ने पृष्ठमा खोल्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation>नतिजामा फर्कनुहोस्(&amp;B)</translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation>कागजात बन्द गरेर नतिजामा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>कागजातमा खोज्नुहोस्(&amp;F)</translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation>खुला कागजातमा खोज्नुहोस्; धेरै शब्द भए प्रत्येकलाई छुट्टाछुट्टै हाइलाइट गरिन्छ</translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation>अर्को मिल्दो शब्द(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>हाइलाइट गरिएको अर्को शब्दमा जानुहोस्</translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation>अघिल्लो मिल्दो शब्द(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>हाइलाइट गरिएको अघिल्लो शब्दमा जानुहोस्</translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation>अर्को पृष्ठ(&amp;G)</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>अर्को पृष्ठ देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation>अघिल्लो पृष्ठ(&amp;A)</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>अघिल्लो पृष्ठ देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>पृष्ठमा जानुहोस्…</translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation>पृष्ठ नम्बर टाइप गर्नुहोस्</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ठूलो पार्नुहोस्(&amp;I)</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>पृष्ठ ठूलो बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>सानो पार्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>पृष्ठ सानो बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>पूरा चौडाइ(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>पृष्ठलाई विन्डोको चौडाइमा मिलाउनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation>सामग्रीको वेब ठेगाना कपी गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation>मूल URL कपी गर्नुहोस्; RefDesk आफैँ यसलाई कहिल्यै खोल्दैन</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ठूलो अक्षर(&amp;L)</translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation>अक्षरको आकार बढाउनुहोस् (सम्झिराखिन्छ)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>सानो अक्षर(&amp;S)</translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation>अक्षरको आकार घटाउनुहोस् (सम्झिराखिन्छ)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>सामान्य अक्षर आकार(&amp;N)</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation>प्रणालीकै अक्षर आकार प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation>प्रणालीकै थिम प्रयोग गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>प्रणालीमा जे मिलाइएको छ, त्यहीअनुसार उज्यालो वा अँध्यारो</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>उज्यालो थिम(&amp;G)</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>उज्यालो पृष्ठभूमिमा गाढा अक्षर</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>अँध्यारो थिम(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>अँध्यारो पृष्ठभूमिमा हल्का अक्षर</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>थिम बदल्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation>प्रणाली, त्यसपछि उज्यालो, त्यसपछि अँध्यारो</translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation>अपडेट जाँच्नुहोस्(&amp;C)…</translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation>नयाँ सूचीपत्र छ कि भनेर अपडेट स्रोतहरूलाई सोध्नुहोस्; डाउनलोड हुनुअघि यसको साइज देखाइन्छ</translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation>फाइलबाट अपडेट आयात गर्नुहोस्(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation>.zip अपडेट प्याकेज स्थापना गर्नुहोस्, जस्तै USB पेन ड्राइभबाट</translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation>फोल्डरबाट अपडेट आयात गर्नुहोस्(&amp;F)…</translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation>रिपोजिटरी फोल्डरबाट अपडेट स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Export update bundle…</source>
        <translation>अपडेट प्याकेज निर्यात गर्नुहोस्(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick</source>
        <translation>स्थापित सूचीपत्रलाई अरू ल्यापटपका लागि हस्ताक्षरित .zip का रूपमा सुरक्षित गर्नुहोस्, जस्तै USB पेन ड्राइभमा</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>के-के बदलियो(&amp;W)</translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation>पछिल्लो अपडेटले के-के बदल्यो, तपाईंका बुकमार्क र सुरक्षित खोजहरूका लागि पनि</translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation>अपडेट सेटिङ(&amp;S)…</translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation>अपडेट स्रोत, प्रोक्सी र सुरु हुँदाको स्वचालित जाँच</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>नेटवर्क लग(&amp;N)</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation>RefDesk ले नेटवर्कमा पठाएका सबै अनुरोध</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>किबोर्ड सर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>यो सूची</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहिरिनुहोस्(&amp;Q)</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>RefDesk बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation>खोज बाकसमा ↓ वा Enter</translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation>पहिलो नतिजामा जानुहोस्</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>नतिजा</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation>↑ ↓, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation>नतिजाहरूमा सर्नुहोस्; विवरण पनि सँगसँगै बदलिन्छ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation>सबैभन्दा मिल्ने पृष्ठमा कागजात खोल्नुहोस्</translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation>पहिलो नतिजामा ↑</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>खोज बाकसमा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फिल्टर</translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation>↑ ↓, → ←</translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation>फिल्टरहरूमा सर्नुहोस्, समूह खोल्नुहोस् वा बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Space वा Enter</translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation>फिल्टरको मानमा चिनो लगाउनुहोस् वा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Enter</translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation>सामग्रीका लिङ्कहरूबीच सर्नुहोस् र एउटा खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation>Enter वा क्लिक</translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation>सामग्री खोल्नुहोस्, वा सुरक्षित खोज चलाएर हेरिसकेको भनी चिनो लगाउनुहोस्</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>संग्रहको नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation>बुकमार्क हटाउनुहोस्, संग्रहबाट निकाल्नुहोस्, वा संग्रह वा सुरक्षित खोज मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>मेनु कुञ्जी वा Shift+F10</translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation>थप: नयाँ संस्करण स्वीकार गर्नुहोस्, पुरानोलाई प्रतिस्थापन गर्ने संस्करण खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation>बटनहरूबाट Tab</translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation>तपाईंको टिप्पणीभित्र; टाइप गर्दै जाँदा आफैँ सुरक्षित हुन्छ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>कागजात</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation>कागजातको खोज बाकसमा Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>अर्को / अघिल्लो मिल्दो शब्द</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>जहाँसुकै</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>विन्डोका भागहरूबीच सर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जानुहोस्(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>बुकमार्क(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>कागजात(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>अपडेट(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मद्दत(&amp;H)</translation>
    </message>
    <message>
        <source>menu only</source>
        <translation>मेनुमा मात्र</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>यताउता सर्ने</translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation>{area}: {does}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>किबोर्ड सर्टकट</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;refdesk --help&apos;)</source>
        <translation>{message} (&apos;refdesk --help&apos; हेर्नुहोस्)</translation>
    </message>
    <message>
        <source>Offline reference desk for identifying and referring victims of trafficking.</source>
        <translation>मानव बेचबिखनका पीडितको पहिचान र प्रेषणका लागि अफलाइन सन्दर्भ डेस्क।</translation>
    </message>
    <message>
        <source>where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)</source>
        <translation>RefDesk ले आफ्नो डाटा राख्ने ठाउँ (पूर्वनिर्धारित: $REFDESK_HOME, नभए प्रयोगकर्ताको डाटा फोल्डर)</translation>
    </message>
    <message>
        <source>show RefDesk&apos;s version and exit</source>
        <translation>RefDesk को भर्सन देखाउनुहोस् र बाहिरिनुहोस्</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>डेस्कटप विन्डो खोल्नुहोस् (पूर्वनिर्धारित)</translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>सूचीपत्र र यसका कागजातका हरेक पृष्ठ खोज्नुहोस्</translation>
    </message>
    <message>
        <source>one resource with all its fields and documents</source>
        <translation>एउटा सामग्री, यसका सबै फिल्ड र कागजातसहित</translation>
    </message>
    <message>
        <source>open a resource&apos;s document in the app&apos;s viewer</source>
        <translation>सामग्रीको कागजात एपको भ्युअरमा खोल्नुहोस्</translation>
    </message>
    <message>
        <source>the page to open at (1 is the first)</source>
        <translation>खोल्ने पृष्ठ (1 पहिलो पृष्ठ हो)</translation>
    </message>
    <message>
        <source>app version, data dir and installed catalogue</source>
        <translation>एपको भर्सन, डाटा फोल्डर र स्थापित सूचीपत्र</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; पूर्णाङ्क होइन</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>0 वा त्योभन्दा बढी हुनुपर्छ</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>1 वा त्योभन्दा बढी हुनुपर्छ</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); details are in {log_file}.</source>
        <translation>अप्रत्याशित गडबडी भयो ({error}); विवरण {log_file} मा छ।</translation>
    </message>
    <message>
        <source>The desktop window cannot start here ({reason}); the command line still works.</source>
        <translation>डेस्कटप विन्डो यहाँ सुरु हुन सकेन ({reason}); कमान्ड लाइन भने चल्छ।</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no document stored in RefDesk; &apos;refdesk show {id}&apos; gives its web address.</source>
        <translation>&apos;{id}&apos; को कुनै कागजात RefDesk मा राखिएको छैन; &apos;refdesk show {id}&apos; ले यसको वेब ठेगाना देखाउँछ।</translation>
    </message>
    <message numerus="yes">
        <source>--page {page} is past the end: the document has %n page(s)</source>
        <translation>
            <numerusform>--page {page} अन्तिम पृष्ठभन्दा पर छ: कागजातमा %n पृष्ठ मात्र छ</numerusform>
            <numerusform>--page {page} अन्तिम पृष्ठभन्दा पर छ: कागजातमा %n पृष्ठ मात्र छन्</numerusform>
        </translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>डाटा फोल्डर: {path}</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>सूचीपत्र:</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>स्थापना गरिएको छैन</translation>
    </message>
    <message>
        <source>{title} ({id}), version {version}, published {published}</source>
        <translation>{title} ({id}), भर्सन {version}, {published} मा प्रकाशित</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n सामग्री</numerusform>
            <numerusform>%n सामग्री</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n कागजात</numerusform>
            <numerusform>%n कागजात</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for: {query}</source>
        <translation>यसका नतिजा देखाइँदै: {query}</translation>
    </message>
    <message>
        <source>No results for &apos;{query}&apos;. Try fewer or different words.</source>
        <translation>&apos;{query}&apos; का लागि कुनै नतिजा भेटिएन। कम वा अरू शब्द प्रयोग गर्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>%n नतिजा ({first}-{last}), {took} ms</numerusform>
            <numerusform>%n नतिजा ({first}-{last}), {took} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>पृष्ठ {page}</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>आईडी:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>प्रकाशक:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>वर्ष:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>लक्षित समूह:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>देश:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>क्षेत्र:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>लिङ्क:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>इजाजतपत्र:</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>पुराना संस्करण:</translation>
    </message>
    <message>
        <source>Superseded by:</source>
        <translation>नयाँ संस्करण:</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>अनुवाद:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>कागजात:</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n पृष्ठ</numerusform>
            <numerusform>%n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <source>bring the catalogue up to date from signed releases</source>
        <translation>हस्ताक्षरित रिलिजबाट सूचीपत्र अद्यावधिक गर्नुहोस्</translation>
    </message>
    <message>
        <source>https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)</source>
        <translation>https:// ठेगाना, फोल्डर वा .zip प्याकेज; मिररका लागि दोहोर्‍याउनुहोस् (पूर्वनिर्धारित: सुरक्षित गरिएका स्रोत)</translation>
    </message>
    <message>
        <source>the publisher&apos;s root of trust</source>
        <translation>प्रकाशकको विश्वासको मूल (root of trust)</translation>
    </message>
    <message>
        <source>report what would be downloaded; change nothing</source>
        <translation>के डाउनलोड हुन्थ्यो भनेर मात्र देखाउनुहोस्; केही नबदल्नुहोस्</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>--trust {path} पढ्न सकिएन ({reason})।</translation>
    </message>
    <message>
        <source>add or remove a bookmark</source>
        <translation>बुकमार्क थप्नुहोस् वा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>bookmark a resource</source>
        <translation>सामग्री बुकमार्क गर्नुहोस्</translation>
    </message>
    <message>
        <source>remove a bookmark (its note stays)</source>
        <translation>बुकमार्क हटाउनुहोस् (यसको टिप्पणी रहन्छ)</translation>
    </message>
    <message>
        <source>list bookmarks with their status</source>
        <translation>बुकमार्कहरू तिनको स्थितिसहित देखाउनुहोस्</translation>
    </message>
    <message>
        <source>set the note on a resource (&quot;&quot; clears it)</source>
        <translation>सामग्रीमा टिप्पणी राख्नुहोस् (&quot;&quot; ले टिप्पणी खाली गर्छ)</translation>
    </message>
    <message>
        <source>export or import bookmarks, notes, collections</source>
        <translation>बुकमार्क, टिप्पणी, संग्रह निर्यात वा आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>write a portable JSON file</source>
        <translation>जुनसुकै ल्यापटपमा लैजान मिल्ने JSON फाइल लेख्नुहोस्</translation>
    </message>
    <message>
        <source>merge a file exported on another laptop</source>
        <translation>अर्को ल्यापटपमा निर्यात गरिएको फाइल गाभ्नुहोस्</translation>
    </message>
    <message>
        <source>Bookmarked {id}.</source>
        <translation>{id} बुकमार्क गरियो।</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked.</source>
        <translation>&apos;{id}&apos; बुकमार्क गरिएको छैन।</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}.</source>
        <translation>{id} को बुकमार्क हटाइयो।</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: refdesk bookmark add ID</source>
        <translation>अहिलेसम्म कुनै बुकमार्क छैन। यसरी थप्नुहोस्: refdesk bookmark add ID</translation>
    </message>
    <message>
        <source>(superseded by {id})</source>
        <translation>({id} ले प्रतिस्थापन गरेको)</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>टिप्पणी: {note}</translation>
    </message>
    <message>
        <source>Note cleared.</source>
        <translation>टिप्पणी खाली गरियो।</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>टिप्पणी सुरक्षित गरियो।</translation>
    </message>
    <message>
        <source>Exported to {file}: {counts}</source>
        <translation>{file} मा निर्यात गरियो: {counts}</translation>
    </message>
    <message>
        <source>Imported from {file}, new: {counts}</source>
        <translation>{file} बाट आयात गरियो, नयाँ: {counts}</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>bookmark status</comment>
        <translation>परिवर्तन भएको</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>bookmark status</comment>
        <translation>प्रतिस्थापित</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>bookmark status</comment>
        <translation>फिर्ता लिइएको</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n बुकमार्क</numerusform>
            <numerusform>%n बुकमार्क</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n टिप्पणी</numerusform>
            <numerusform>%n टिप्पणी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collections</source>
        <translation>
            <numerusform>%n संग्रह</numerusform>
            <numerusform>%n संग्रह</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection items</source>
        <translation>
            <numerusform>संग्रहमा %n प्रविष्टि</numerusform>
            <numerusform>संग्रहमा %n प्रविष्टि</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent</source>
        <comment>resources opened recently</comment>
        <translation>
            <numerusform>हालै हेरिएका %n</numerusform>
            <numerusform>हालै हेरिएका %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>%n सुरक्षित खोज</numerusform>
            <numerusform>%n सुरक्षित खोज</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation>कागजातको पृष्ठ</translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation>PDF का पृष्ठहरू; खोजिएका शब्द हाइलाइट गरिएका छन्</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>कागजातको पाठ</translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation>कागजातको पाठ; खोजिएका शब्द हाइलाइट गरिएका छन्</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← नतिजा</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>नतिजामा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation>कागजात बन्द गरेर नतिजामा फर्कनुहोस् (Esc)</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>कागजातको शीर्षक</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>कागजातमा खोज्नुहोस्</translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation>कागजातमा हाइलाइट गर्ने शब्द; प्रत्येक शब्द छुट्टाछुट्टै, वाक्यांशका लागि उद्धरण चिह्न। Enter ले अर्को मिल्दो शब्दमा, Shift+Enter ले अघिल्लोमा लैजान्छ।</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>अघिल्लो मिल्दो शब्द (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>अर्को मिल्दो शब्द (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>मिल्दा शब्द</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>अघिल्लो पृष्ठ (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>पृष्ठ नम्बर</translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation>देखाइएको पृष्ठ; अर्को पृष्ठमा जान नम्बर टाइप गरेर Enter थिच्नुहोस् (Ctrl+L)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>पृष्ठ संख्या</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>अर्को पृष्ठ (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation>सानो पार्नुहोस् (Ctrl+Alt+Minus)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>जुम</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation>ठूलो पार्नुहोस् (Ctrl+Alt+Plus)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>अघिल्लो मिल्दो शब्द</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>अर्को मिल्दो शब्द</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>अघिल्लो पृष्ठ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>अर्को पृष्ठ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>सानो पार्नुहोस्</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ठूलो पार्नुहोस्</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>पूरा चौडाइ</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation>पृष्ठलाई विन्डोको चौडाइमा मिलाउनुहोस् (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>भेटिएन</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{total} मध्ये {current}</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} ठाउँमा भेटियो</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RefDesk — something went wrong</source>
        <translation>RefDesk — केही गडबड भयो</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation>अप्रत्याशित गडबडी भयो; विवरण {file} मा छ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation>&lt;b&gt;अप्रत्याशित गडबडी भयो। तपाईं काम जारी राख्न सक्नुहुन्छ।&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk ले विवरण ({kind}) आफ्नो लग फाइलमा लेखेको छ:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;फेरि यस्तै भएमा, त्यो फाइल तपाईंलाई RefDesk मा सहयोग गर्ने व्यक्तिलाई पठाउनुहोस्।</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>त्रुटि सन्देश</translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation>लगको ठेगाना कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation>लग फाइलको पथ क्लिपबोर्डमा कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>यो सन्देश बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द गरियो; केही परिवर्तन गरिएन।</translation>
    </message>
    <message>
        <source>The search index in {folder} cannot be opened ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>{folder} मा रहेको खोज अनुक्रमणिका खोल्न सकिएन ({reason}); &apos;refdesk update&apos; ले सूचीपत्र पुनः स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No catalogue is installed to apply an update to.</source>
        <translation>अपडेट लागू गर्न कुनै सूचीपत्र स्थापना गरिएको छैन।</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space and try again. The installed catalogue was not changed.</source>
        <translation>{folder} रहेको डिस्क भरिएको छ; केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्। स्थापित सूचीपत्रमा कुनै परिवर्तन गरिएन।</translation>
    </message>
    <message>
        <source>The new catalogue holds {resources} resources and {documents} documents, expected {expected_resources} and {expected_documents}; it was not installed.</source>
        <translation>नयाँ सूचीपत्रमा {resources} सामग्री र {documents} कागजात छन्, तर {expected_resources} र {expected_documents} हुनुपर्थ्यो; यसलाई स्थापना गरिएन।</translation>
    </message>
    <message>
        <source>The new catalogue is not the version it should be; it was not installed.</source>
        <translation>नयाँ सूचीपत्र हुनुपर्ने भर्सनको छैन; यसलाई स्थापना गरिएन।</translation>
    </message>
    <message>
        <source>The updated catalogue does not match what the publisher signed; it was not installed.</source>
        <translation>अपडेट गरिएको सूचीपत्र प्रकाशकले हस्ताक्षर गरेकोसँग मेल खाँदैन; यसलाई स्थापना गरिएन।</translation>
    </message>
    <message>
        <source>The new search index is incomplete; it was not installed.</source>
        <translation>नयाँ खोज अनुक्रमणिका अपूर्ण छ; यसलाई स्थापना गरिएन।</translation>
    </message>
    <message>
        <source>The release&apos;s {what} cannot be read ({reason}); nothing was applied.</source>
        <translation>रिलिजको {what} पढ्न सकिएन ({reason}); केही पनि लागू गरिएन।</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a catalogue file; nothing was applied.</source>
        <translation>रिलिजको {what} सूचीपत्र फाइल होइन; केही पनि लागू गरिएन।</translation>
    </message>
    <message>
        <source>catalogue snapshot</source>
        <translation>सूचीपत्र स्न्यापसट</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue snapshot is malformed ({reason}).</source>
        <translation>रिलिजको सूचीपत्र स्न्यापसटको ढाँचा मिलेन ({reason})।</translation>
    </message>
    <message>
        <source>catalogue delta</source>
        <translation>सूचीपत्र डेल्टा</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue delta is malformed ({reason}).</source>
        <translation>रिलिजको सूचीपत्र डेल्टाको ढाँचा मिलेन ({reason})।</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a {format} file; nothing was applied.</source>
        <translation>रिलिजको {what} {format} फाइल होइन; केही पनि लागू गरिएन।</translation>
    </message>
    <message>
        <source>The release&apos;s {what} needs a newer RefDesk; install the newer version of the app.</source>
        <translation>रिलिजको {what} का लागि RefDesk को नयाँ भर्सन चाहिन्छ; एपको नयाँ भर्सन स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from this installation ({folder}); reinstall RefDesk.</source>
        <translation>यो स्थापनामा साथमा आउने सूचीपत्र छैन ({folder}); RefDesk पुनः स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No catalogue is installed yet; run &apos;refdesk update&apos; or start the app once.</source>
        <translation>अहिलेसम्म कुनै सूचीपत्र स्थापना गरिएको छैन; &apos;refdesk update&apos; चलाउनुहोस् वा एक पटक एप सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No resource with id &apos;{id}&apos; in the installed catalogue.</source>
        <translation>स्थापित सूचीपत्रमा &apos;{id}&apos; आईडी भएको कुनै सामग्री छैन।</translation>
    </message>
    <message>
        <source>The document {document}… is missing from {folder}; run &apos;refdesk update&apos; to restore it.</source>
        <translation>कागजात {document}… {folder} मा छैन; यसलाई फिर्ता ल्याउन &apos;refdesk update&apos; चलाउनुहोस्।</translation>
    </message>
    <message>
        <source>The catalogue database {path} is missing; run &apos;refdesk update&apos; to reinstall it.</source>
        <translation>सूचीपत्रको डाटाबेस {path} छैन; यसलाई पुनः स्थापना गर्न &apos;refdesk update&apos; चलाउनुहोस्।</translation>
    </message>
    <message>
        <source>The catalogue database {path} cannot be read ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>सूचीपत्रको डाटाबेस {path} पढ्न सकिएन ({reason}); &apos;refdesk update&apos; ले सूचीपत्र पुनः स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The catalogue database {path} is incomplete; reinstall the catalogue.</source>
        <translation>सूचीपत्रको डाटाबेस {path} अपूर्ण छ; सूचीपत्र पुनः स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer RefDesk; install the newer version of the app.</source>
        <translation>यो सूचीपत्र RefDesk को नयाँ भर्सनले लेखेको हो; एपको नयाँ भर्सन स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The catalogue database {path} is damaged ({reason}); reinstall the catalogue.</source>
        <translation>सूचीपत्रको डाटाबेस {path} बिग्रिएको छ ({reason}); सूचीपत्र पुनः स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} पढ्न सकिएन ({reason})।</translation>
    </message>
    <message>
        <source>{path} names a generation that does not exist; delete that file and run &apos;refdesk update&apos; to reinstall the catalogue.</source>
        <translation>{path} ले अस्तित्वमा नभएको पुस्ता (generation) जनाउँछ; त्यो फाइल मेटाएर सूचीपत्र पुनः स्थापना गर्न &apos;refdesk update&apos; चलाउनुहोस्।</translation>
    </message>
    <message>
        <source>Another RefDesk process is updating {folder}; try again when it finishes.</source>
        <translation>RefDesk को अर्को प्रक्रियाले {folder} अपडेट गरिरहेको छ; त्यो सकिएपछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <translation>{name}, {count} सामग्री</translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation>{name}, {count} सामग्री</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, छानिएको</translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation>{title} फिल्टर, {count} मान</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} छानिएको</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;फिल्टर&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फिल्टर</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फिल्टर हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation>चिनो लगाइएका सबै फिल्टर र वर्षको दायरा हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation>समूहगत फिल्टर</translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation>मिल्ने सामग्रीको संख्यासहित फिल्टरका समूहहरू। Space वा Enter ले मानमा चिनो लगाउँछ; एउटै समूहमा चिनो लगाइएका मान OR (कुनै एक) ले जोडिन्छन्, समूहहरू AND (सबै) ले।</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>सुरुको वर्ष</translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation>यो वर्ष वा त्यसपछि प्रकाशित सामग्री मात्र</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>अन्तिम वर्ष</translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation>यो वर्ष वा त्यसअघि प्रकाशित सामग्री मात्र</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>What a screen reader says for the dash between the two year boxes (&quot;2005 to 2020&quot;).</extracomment>
        <translation>देखि</translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation>यी नतिजाका वर्षहरू</translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation>{years} का नतिजा</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation>RefDesk — किबोर्ड सर्टकट</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>किबोर्ड सर्टकट</translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation>RefDesk का सबै आदेश र तिनलाई चलाउने कुञ्जीहरू</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>सर्टकटको सूची</translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation>आदेश र तिनका कुञ्जीहरूको तालिका</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>सर्टकटको सूची बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation>“{title}” को कुनै कागजात RefDesk मा राखिएको छैन; यसको वेब ठेगाना विवरणमा देखाइएको छ।</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <translation>पहिले सामग्री छान्नुहोस्, त्यसपछि बुकमार्क गर्न Ctrl+D थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>बुकमार्क गरियो।</translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation>बुकमार्क हटाइयो; तपाईंको टिप्पणी (भएमा) राखिएको छ।</translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation>नयाँ संस्करण आएको सामग्रीको बुकमार्क वा टिप्पणी मात्र स्वीकार गर्नुपर्छ।</translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation>स्वीकार गरियो: बुकमार्क र टिप्पणी अब नयाँ संस्करणसँग जोडिए।</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>“{name}” मा थपियो।</translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation>“{name}” बाट निकालियो।</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>नयाँ संग्रह</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>नयाँ संग्रहको नाम:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>संग्रहको नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>“{name}” को नयाँ नाम:</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation>संग्रह “{name}” मेटाइयो; यसका बुकमार्कहरू रहन्छन्।</translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation>खोज “{name}” सुरक्षित गरियो; हरेक अपडेटपछि यसका लागि के नयाँ छ भनेर देखाउँछ।</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>लक्षित समूह</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <extracomment>The submenu of View that chooses the window&apos;s language. Its accelerator letter must differ from those of the other View entries (Larger text, Smaller text, Normal size, the themes).</extracomment>
        <translation>भाषा(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>प्रणालीकै भाषा</translation>
    </message>
    <message>
        <source>The language of the operating system when RefDesk speaks it, else English</source>
        <translation>RefDesk मा उपलब्ध भए अपरेटिङ सिस्टमकै भाषा, नत्र अङ्ग्रेजी</translation>
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
        <translation>सन्दर्भ सूचीपत्र अफलाइन खोज्नुहोस् र पढ्नुहोस्</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>सूचीपत्र खोल्दै…</translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation>सूचीपत्र स्थापना भएको छ र प्रयोगका लागि तयार छ।</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज्दै…</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation>सूचीपत्र खोल्न सकिएन।

{reason}</translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation>पहिलो प्रयोगका लागि सूचीपत्र तयार गर्दै (यो एक पटक मात्र हुन्छ): {step}…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation>केही मिलेन। कम वा अरू शब्द प्रयोग गर्नुहोस्, हिज्जे जाँच्नुहोस्, वा फिल्टर हटाउनुहोस्।</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>खोज असफल भयो</translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation>RefDesk ले वेब पेज खोल्दैन; ठेगाना {url} हो</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>यो नाम प्रयोग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>केही नबदली बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ठेगाना</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation>RefDesk — नेटवर्क लग</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>नेटवर्क लग</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation>RefDesk ले नेटवर्कमा पठाएका सबै अनुरोध, नयाँ पहिले</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोधहरू</translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation>प्रति अनुरोध एक पङ्क्ति: समय, विधि, ठेगाना, स्थिति, प्राप्त बाइट</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ताजा गर्नुहोस्</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>लग फेरि पढ्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>नेटवर्क लग बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation>RefDesk ले यो ल्यापटपबाट कुनै अनुरोध पठाएको छैन: यो अफलाइन चल्छ, र तपाईंले भन्नुभएमा मात्र अपडेट जाँच्न अनलाइन जान्छ।</translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} अनुरोध, {size} प्राप्त: RefDesk ले गरेका सबै अनुरोध, सबै अपडेट जाँच र डाउनलोड मात्र हुन्। खोज, बुकमार्क र टिप्पणी यो ल्यापटपबाट कहिल्यै बाहिर जाँदैनन्।</translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} अनुरोध, {size} प्राप्त: RefDesk ले गरेका सबै अनुरोध, सबै अपडेट जाँच र डाउनलोड मात्र हुन्। खोज, बुकमार्क र टिप्पणी यो ल्यापटपबाट कहिल्यै बाहिर जाँदैनन्।</translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation>जवाफ आएन</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation>यस सामग्रीबारे तपाईंको टिप्पणी: कसले जवाफ दियो, के काम लाग्यो… टाइप गर्दै जाँदा सुरक्षित हुन्छ, यही ल्यापटपमा रहन्छ।</translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation>&lt;b&gt;मेरो टिप्पणी&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>टिप्पणी सुरक्षित भयो</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>मेरो टिप्पणी</translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation>यस सामग्रीबारे तपाईंको आफ्नै टिप्पणी; टाइप गर्दै जाँदा सुरक्षित हुन्छ र सूचीपत्र अपडेट भए पनि रहन्छ (Alt+4)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सुरक्षित गर्दै…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सुरक्षित भयो</translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation>टिप्पणी: {state}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>tools for catalogue publishers</source>
        <translation>सूचीपत्र प्रकाशकका लागि उपकरण</translation>
    </message>
    <message>
        <source>validate a catalogue source folder</source>
        <translation>सूचीपत्रको स्रोत फोल्डर जाँच्नुहोस्</translation>
    </message>
    <message>
        <source>new publisher keys and KEYDIR/root.json (the trust file)</source>
        <translation>नयाँ प्रकाशक कुञ्जीहरू र KEYDIR/root.json (विश्वास फाइल)</translation>
    </message>
    <message>
        <source>add a new signed release to a static repository</source>
        <translation>स्थिर रिपोजिटरीमा नयाँ हस्ताक्षरित रिलिज थप्नुहोस्</translation>
    </message>
    <message>
        <source>an offline update bundle (.zip) for USB sticks</source>
        <translation>USB पेन ड्राइभका लागि अफलाइन अपडेट प्याकेज (.zip)</translation>
    </message>
    <message>
        <source>re-sign the bundle&apos;s timestamp to last 45 days (without: the repository&apos;s own expiry)</source>
        <translation>प्याकेजको टाइमस्ट्याम्प 45 दिनसम्म चल्ने गरी फेरि हस्ताक्षर गर्नुहोस् (यो विकल्प नदिए: रिपोजिटरीकै म्याद)</translation>
    </message>
    <message>
        <source>New publisher keys in {keydir} (keep them secret and backed up).
Ship {root} with the app, or give it to &apos;refdesk update --trust&apos;.</source>
        <translation>नयाँ प्रकाशक कुञ्जीहरू {keydir} मा छन् (तिनलाई गोप्य राख्नुहोस् र ब्याकअप लिनुहोस्)।
{root} लाई एपसँगै वितरण गर्नुहोस्, वा &apos;refdesk update --trust&apos; लाई दिनुहोस्।</translation>
    </message>
    <message numerus="yes">
        <source>from {version}: %n bytes</source>
        <translation>
            <numerusform>{version} बाट: %n बाइट</numerusform>
            <numerusform>{version} बाट: %n बाइट</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {catalogue} version {version} to {repo}: {resources}, {documents}; snapshot {snapshot}; deltas {deltas}.</source>
        <translation>{catalogue} भर्सन {version} {repo} मा प्रकाशित गरियो: {resources}, {documents}; स्न्यापसट {snapshot}; डेल्टा {deltas}।</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n सामग्री</numerusform>
            <numerusform>%n सामग्री</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n कागजात</numerusform>
            <numerusform>%n कागजात</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n बाइट</numerusform>
            <numerusform>%n बाइट</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no deltas</comment>
        <translation>कुनै छैन</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n bytes); it can be used until {expires} UTC.</source>
        <translation>
            <numerusform>{out} लेखियो (%n बाइट); यो {expires} UTC सम्म प्रयोग गर्न सकिन्छ।</numerusform>
            <numerusform>{out} लेखियो (%n बाइट); यो {expires} UTC सम्म प्रयोग गर्न सकिन्छ।</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing; give the folder made by &apos;refdesk publish keys&apos;.</source>
        <translation>{path} छैन; &apos;refdesk publish keys&apos; ले बनाएको फोल्डर दिनुहोस्।</translation>
    </message>
    <message>
        <source>{path} is not a private key ({reason}).</source>
        <translation>{path} निजी कुञ्जी होइन ({reason})।</translation>
    </message>
    <message>
        <source>{path} already exists; keys are never overwritten. Choose an empty folder.</source>
        <translation>{path} पहिल्यै छ; कुञ्जीहरू कहिल्यै मेटाएर फेरि लेखिँदैनन्। खाली फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{folder} already holds publisher keys; choose an empty folder.</source>
        <translation>{folder} मा पहिल्यै प्रकाशक कुञ्जीहरू छन्; खाली फोल्डर छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Signing releases needs the &apos;cryptography&apos; package: pip install &apos;refdesk[publish]&apos;.</source>
        <translation>रिलिजमा हस्ताक्षर गर्न &apos;cryptography&apos; प्याकेज चाहिन्छ: pip install &apos;refdesk[publish]&apos;।</translation>
    </message>
    <message>
        <source>{path} is missing; {repo} is not a complete repository.</source>
        <translation>{path} छैन; {repo} पूर्ण रिपोजिटरी होइन।</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} पढ्न सकिएन ({reason})।</translation>
    </message>
    <message>
        <source>{repo} is not a RefDesk repository (no metadata/1.root.json).</source>
        <translation>{repo} RefDesk रिपोजिटरी होइन (metadata/1.root.json छैन)।</translation>
    </message>
    <message>
        <source>The {role} key in the key folder is not one this repository&apos;s root trusts; give the key folder this repository was created with.</source>
        <translation>कुञ्जी फोल्डरमा रहेको {role} कुञ्जीलाई यो रिपोजिटरीको root ले विश्वास गर्दैन; यो रिपोजिटरी बनाउँदा प्रयोग गरिएको कुञ्जी फोल्डर दिनुहोस्।</translation>
    </message>
    <message>
        <source>{repo} has no release yet; run &apos;refdesk publish build&apos; first.</source>
        <translation>{repo} मा अहिलेसम्म कुनै रिलिज छैन; पहिले &apos;refdesk publish build&apos; चलाउनुहोस्।</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the update bundle; free some space or choose another drive.</source>
        <translation>{folder} मा अपडेट प्याकेजका लागि पर्याप्त ठाउँ छैन; केही ठाउँ खाली गर्नुहोस् वा अर्को ड्राइभ छान्नुहोस्।</translation>
    </message>
    <message>
        <source>{repo} is a TUF repository without a RefDesk release.json.</source>
        <translation>{repo} RefDesk को release.json नभएको TUF रिपोजिटरी हो।</translation>
    </message>
    <message>
        <source>{repo}: the release.json in force is missing or damaged.</source>
        <translation>{repo}: लागू रहेको release.json छैन वा बिग्रिएको छ।</translation>
    </message>
    <message>
        <source>{repo} publishes the catalogue &apos;{published}&apos;, not &apos;{given}&apos;; use a separate repository for each catalogue.</source>
        <translation>{repo} ले &apos;{given}&apos; होइन, &apos;{published}&apos; सूचीपत्र प्रकाशित गर्छ; हरेक सूचीपत्रका लागि छुट्टै रिपोजिटरी प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: अपडेट प्याकेजको फाइल नाम .zip मा अन्त्य हुनुपर्छ।</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ड्राइभ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>फोल्डर</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>छान्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मेटाउनुहोस्(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>हेर्ने ठाउँ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नयाँ फोल्डर(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोल्नुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदल्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सुरक्षित गर्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सबै फाइल (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पछाडि</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विस्तृत दृश्यमा बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची दृश्यमा बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नयाँ फोल्डर बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नयाँ फोल्डर बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विस्तृत दृश्य</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फोल्डरहरू</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फोल्डर:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फाइलको नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फाइलहरू</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>फाइलको प्रकार(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>अगाडि</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पछाडि जानुहोस्</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>अगाडि जानुहोस्</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>माथिल्लो फोल्डरमा जानुहोस्</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>स्थान र बुकमार्कहरूको सूची</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>माथिल्लो फोल्डर</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>लुकेका फाइल देखाउनुहोस्(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>यस रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>कम्प्युटर</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>परिमार्जन मिति</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>साइज</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>प्रकार</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कपी गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>टाँस्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फेरि गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काट्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सबै छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मद्दत</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कपी गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>टाँस्नुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फेरि गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् गर्नुहोस्(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिङ्कको ठेगाना कपी गर्नुहोस्(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काट्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सबै छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation>कागजात {name} पढ्न सकिएन।</translation>
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
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>वेब पेज</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>सामग्रीको विवरण</translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation>छानिएको सामग्रीका सबै विवरण, सारांश, कागजात, अनुवाद र संस्करणहरू। Tab ले लिङ्कहरूबीच सार्छ; Enter ले लिङ्क खोल्छ।</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>कागजात खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation>सामग्रीको कागजात RefDesk को भ्युअरमा खोल्नुहोस् (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation>वेब ठेगाना कपी गर्नुहोस्</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation>सामग्रीको मूल वेब ठेगाना क्लिपबोर्डमा कपी गर्नुहोस् (Ctrl+Shift+C); RefDesk ले यसलाई कहिल्यै खोल्दैन</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ बुकमार्क</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation>यो सामग्री बुकमार्क गर्नुहोस्, वा बुकमार्क हटाउनुहोस् (Ctrl+D); सूचीपत्र अपडेट भए पनि बुकमार्क रहन्छन्</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>संग्रह…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>संग्रह</translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation>यो सामग्री संग्रहमा राख्नुहोस् वा संग्रहबाट निकाल्नुहोस् (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation>विवरण यहाँ हेर्न एउटा नतिजा छान्नुहोस्।</translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation>यो सामग्री सूचीपत्रबाट फिर्ता लिइएको छ; तपाईंको बुकमार्क र टिप्पणी मात्र राखिएका छन्। यसको आईडी &lt;code&gt;{id}&lt;/code&gt; थियो।</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ बुकमार्क गरिएको</translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation>यस सामग्रीका संग्रहहरू</translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation>यो सामग्रीसहित नयाँ संग्रह…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>सारांश छैन।</translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation>नयाँ संस्करण उपलब्ध छ:</translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation>{id} (यस सूचीपत्रमा छैन)</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} पृष्ठ</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} पृष्ठ</translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation>सबैभन्दा मिल्ने अंश पृष्ठ {page} मा</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>कागजातहरू</translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation>सूचीपत्रमा कुनै कागजात राखिएको छैन; तलको वेब ठेगाना हेर्नुहोस्।</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>अनुवादहरू</translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation>यसले प्रतिस्थापन गरेका (पुराना संस्करण)</translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation>यसलाई प्रतिस्थापन गर्ने (नयाँ संस्करण)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>वेब ठेगाना</translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation>देखाइएको मात्र, खोलिएको छैन: अनलाइन हुँदा ब्राउजरमा कपी गरेर खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>केही उल्लेख छैन।</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>प्रकाशकहरू</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>विषयहरू</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>लक्षित समूह</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>देशहरू</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>क्षेत्रहरू</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाहरू</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>पहिचान</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>इजाजतपत्र</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation>पृ. {page}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(सारांश छैन)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <translation>सबैभन्दा मिल्ने अंश पृष्ठ {page} मा।</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation>सान्दर्भिकता</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>नयाँ पहिले</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>शीर्षक A–Z</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;नतिजा&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>नतिजा मिलाउने क्रम</translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation>सान्दर्भिकता, नयाँ पहिले, वा शीर्षक</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>नतिजा</translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation>मिल्ने सामग्रीहरू, सबैभन्दा मिल्ने पहिले। छानिएको सामग्री दायाँपट्टि देखिन्छ; Enter ले यसको कागजात सबैभन्दा मिल्ने पृष्ठमा खोल्छ।</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation>शीर्षक, सारांश र हरेक पृष्ठ खोज्नुहोस् — जस्तै debt bondage fishing, &quot;recruitment fee&quot;, country:TH</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation>सूचीपत्र र यसका कागजातको पूरा पाठ खोज्न शब्द टाइप गर्नुहोस्। टाइप गर्दै जाँदा नतिजा बदलिन्छन्। उद्धरण चिह्नभित्रको वाक्यांश सँगै खोजिन्छ; OR, NOT, शब्द* र field:value पनि चल्छन्।</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>तपाईंले यो खोज्नुभएको हो?</translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation>बरु सुझाइएको हिज्जेले खोज्नुहोस् (Alt+D)</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>नतिजाको संख्या</translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation>खोज र फिल्टरसँग कति सामग्री मिल्छन्</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} नतिजा</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} नतिजा</translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation>तपाईंले {words} खोज्नुभएको हो?  (Alt+D)</translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation>तपाईंले {words} खोज्नुभएको हो?</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation>बुकमार्क साइडबार</translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation>तपाईंका बुकमार्क, टिप्पणी, संग्रह, हालै हेरिएका सामग्री र सुरक्षित खोजहरू</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation>{count} नयाँ</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation>बुकमार्क र टिप्पणी</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>संग्रह</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>हालै हेरिएका</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>सुरक्षित खोजहरू</translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation>Ctrl+D ले तपाईंले पढिरहेको सामग्री बुकमार्क गर्छ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation>Ctrl+Shift+N ले नयाँ संग्रह सुरु गर्छ</translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation>तपाईंले हेरेका सामग्री यहाँ देखिन्छन्</translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation>Ctrl+S ले तपाईंले टाइप गरेको खोज सुरक्षित गर्छ</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>नयाँ संस्करण</translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation>तपाईंले सुरक्षित गरेपछि नयाँ संस्करण आएको छ</translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation>{title} ले प्रतिस्थापन गरेको</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>फिर्ता लिइएको</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation>सूचीपत्रबाट फिर्ता लिइएको — तपाईंको टिप्पणी राखिएको छ</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation>सूचीपत्रबाट फिर्ता लिइएको</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation>संग्रह {name}, {count} सामग्री</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation>संग्रह “{name}”: {count} सामग्री। F2 ले नाम बदल्छ।</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation>संग्रह {name}, {count} सामग्री</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation>संग्रह “{name}”: {count} सामग्री। F2 ले नाम बदल्छ।</translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation>{title}, {date} मा हेरिएको</translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation>{title}, {count} वटा</translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation>, {count} नयाँ नतिजा</translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation>बुकमार्क गरिएको, टिप्पणीसहित</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>बुकमार्क गरिएको</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>टिप्पणीसहित</translation>
    </message>
    <message>
        <source>current</source>
        <translation>हालकै संस्करण</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>टिप्पणी: {note}</translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation>सुरक्षित खोज {name}</translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation>, पछिल्लो अपडेटयता {count} नयाँ नतिजा</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>सबै</translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation>“{query}” को खोज</translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation>पछिल्लो सूचीपत्र अपडेटयता {count} नयाँ नतिजा</translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation>Enter ले यो खोज चलाउँछ।</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <translation>बुकमार्क, संग्रह, हालै हेरिएका र सुरक्षित खोजहरू</translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation>Enter ले सामग्री खोल्छ वा सुरक्षित खोज चलाउँछ; F2 ले संग्रहको नाम बदल्छ; Delete ले बुकमार्क, संग्रह वा सुरक्षित खोज हटाउँछ; मेनु कुञ्जीले थप कार्यहरू देखाउँछ।</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>नयाँ संग्रह…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>नयाँ संग्रह</translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation>खाली संग्रह सुरु गर्नुहोस् (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>नाम बदल्नुहोस्…</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>संग्रहको नाम बदल्नुहोस्</translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation>छानिएको संग्रहको नाम बदल्नुहोस् (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation>छानिएको बुकमार्क, संग्रह वा सुरक्षित खोज हटाउनुहोस् (Delete)</translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation>साइडबारका कार्यहरू</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation>यो खोज चलाउनुहोस्</translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation>नयाँ संस्करण स्वीकार गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>नयाँ संस्करण खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation>संग्रह मेटाउनुहोस् (बुकमार्कहरू रहन्छन्)</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>सुरक्षित खोज मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>यो संग्रहबाट निकाल्नुहोस्</translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation>बुकमार्क हटाउनुहोस् (टिप्पणी रहन्छ)</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>{name}: not a PDF, Markdown, text or HTML document</source>
        <translation>{name}: PDF, Markdown, पाठ वा HTML कागजात होइन</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: पढ्न सकिएन ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({reason})</source>
        <translation>{name}: पढ्न मिल्ने PDF होइन ({reason})</translation>
    </message>
    <message>
        <source>not a folder; give the catalogue folder</source>
        <translation>फोल्डर होइन; सूचीपत्रको फोल्डर दिनुहोस्</translation>
    </message>
    <message>
        <source>missing resources/ folder</source>
        <translation>resources/ फोल्डर छैन</translation>
    </message>
    <message>
        <source>missing catalogue.yaml (id, title, publisher)</source>
        <translation>catalogue.yaml छैन (id, title, publisher)</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>UTF-8 पाठ होइन; फाइललाई UTF-8 मा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-64 of a-z, 0-9 and &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; मा a-z, 0-9 र &apos;-&apos; मध्येका 3 देखि 64 अक्षर हुनुपर्छ</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (ignored)</source>
        <translation>अज्ञात फिल्ड &apos;{field}&apos; (बेवास्ता गरियो)</translation>
    </message>
    <message>
        <source>labels must map topics/audiences to {slug: label}</source>
        <translation>labels ले topics/audiences लाई {slug: label} का रूपमा जोड्नुपर्छ</translation>
    </message>
    <message>
        <source>labels.{facet} must map slugs to labels</source>
        <translation>labels.{facet} ले हरेक slug लाई label सँग जोड्नुपर्छ</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>अमान्य YAML: {problem}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>आवश्यक फिल्ड &apos;{field}&apos; छैन</translation>
    </message>
    <message>
        <source>no front matter: start the file with &apos;---&apos;, the fields, &apos;---&apos;</source>
        <translation>front matter छैन: फाइल &apos;---&apos;, फिल्डहरू, &apos;---&apos; बाट सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-100 of a-z, 0-9 and &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; मा a-z, 0-9 र &apos;-&apos; मध्येका 3 देखि 100 अक्षर हुनुपर्छ, &apos;-&apos; बाट सुरु नहुने गरी</translation>
    </message>
    <message>
        <source>unknown type &apos;{type}&apos;; use one of {choices}</source>
        <translation>अज्ञात type &apos;{type}&apos;; यीमध्ये एउटा प्रयोग गर्नुहोस्: {choices}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (kept as an extra field)</source>
        <translation>अज्ञात फिल्ड &apos;{field}&apos; (अतिरिक्त फिल्डका रूपमा राखियो)</translation>
    </message>
    <message>
        <source>year must be a whole number such as 2020, not &apos;{year}&apos;</source>
        <translation>year 2020 जस्तो पूर्णाङ्क हुनुपर्छ, &apos;{year}&apos; होइन</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)</source>
        <translation>&apos;{code}&apos; ISO 3166-1 alpha-2 देश कोड होइन (जस्तै TH, VN)</translation>
    </message>
    <message>
        <source>unknown region &apos;{region}&apos;; use one of {choices}</source>
        <translation>अज्ञात region &apos;{region}&apos;; यीमध्ये एउटा प्रयोग गर्नुहोस्: {choices}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 639-1 (or 639-3) language code (e.g. en, th)</source>
        <translation>&apos;{code}&apos; ISO 639-1 (वा 639-3) भाषा कोड होइन (जस्तै en, th)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {field} must be a lower-case slug such as &apos;debt-bondage&apos;</source>
        <translation>{field} मा रहेको &apos;{value}&apos; &apos;debt-bondage&apos; जस्तो सानो अक्षरको slug हुनुपर्छ</translation>
    </message>
    <message>
        <source>unknown stage &apos;{stage}&apos;; use one of {choices}</source>
        <translation>अज्ञात stage &apos;{stage}&apos;; यीमध्ये एउटा प्रयोग गर्नुहोस्: {choices}</translation>
    </message>
    <message>
        <source>unknown identification &apos;{identification}&apos;; use one of {choices}</source>
        <translation>अज्ञात identification &apos;{identification}&apos;; यीमध्ये एउटा प्रयोग गर्नुहोस्: {choices}</translation>
    </message>
    <message>
        <source>no summary after the front matter</source>
        <translation>front matter पछि कुनै सारांश छैन</translation>
    </message>
    <message>
        <source>documents must be a list of {path, language, title}</source>
        <translation>documents {path, language, title} को सूची हुनुपर्छ</translation>
    </message>
    <message>
        <source>each document needs a &apos;path&apos; relative to documents/</source>
        <translation>हरेक कागजातमा documents/ को सापेक्ष &apos;path&apos; चाहिन्छ</translation>
    </message>
    <message>
        <source>document path &apos;{path}&apos; escapes documents/</source>
        <translation>कागजातको path &apos;{path}&apos; documents/ बाहिर जान्छ</translation>
    </message>
    <message>
        <source>document &apos;documents/{path}&apos; does not exist</source>
        <translation>कागजात &apos;documents/{path}&apos; अस्तित्वमा छैन</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos; is not PDF, Markdown, text or HTML</source>
        <translation>कागजात &apos;{path}&apos; PDF, Markdown, पाठ वा HTML होइन</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos;: &apos;{language}&apos; is not a language code</source>
        <translation>कागजात &apos;{path}&apos;: &apos;{language}&apos; भाषा कोड होइन</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also in {place})</source>
        <translation>दोहोरिएको id &apos;{id}&apos; ({place} मा पनि)</translation>
    </message>
    <message>
        <source>{field} names &apos;{id}&apos;, which is not a resource id in this catalogue</source>
        <translation>{field} ले &apos;{id}&apos; उल्लेख गर्छ, जुन यस सूचीपत्रको कुनै सामग्री id होइन</translation>
    </message>
    <message>
        <source>{field} must be a list such as [a, b]</source>
        <translation>{field} [a, b] जस्तो सूची हुनुपर्छ</translation>
    </message>
    <message>
        <source>expected key: value pairs</source>
        <translation>key: value जोडीहरू हुनुपर्थ्यो</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation>
            <numerusform>{source} मा %n त्रुटि छ।</numerusform>
            <numerusform>{source} मा %n त्रुटि छन्।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: OK (%n warning(s)).</source>
        <translation>
            <numerusform>{source}: ठीक छ (%n चेतावनी)।</numerusform>
            <numerusform>{source}: ठीक छ (%n चेतावनी)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue source {root} has %n problem(s).</source>
        <translation>
            <numerusform>सूचीपत्र स्रोत {root} मा %n समस्या छ।</numerusform>
            <numerusform>सूचीपत्र स्रोत {root} मा %n समस्याहरू छन्।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <translation>तपाईंको बुकमार्कको स्थिति</translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation>स्थितिअनुसार कार्य गर्नुहोस्</translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation>नयाँ संस्करण स्वीकार गर्नुहोस्, वा यसलाई प्रतिस्थापन गर्ने संस्करण खोल्नुहोस्</translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation>&lt;b&gt;नयाँ संस्करण।&lt;/b&gt; तपाईंले बुकमार्क गरेपछि वा टिप्पणी लेखेपछि यो सामग्री परिवर्तन भएको छ।</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>स्वीकार गर्नुहोस्</translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation>नयाँ संस्करण हेरिसकेको भनी चिनो लगाउनुहोस् (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation>&lt;b&gt;&lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt; ले प्रतिस्थापन गरेको।&lt;/b&gt; नयाँ संस्करणले यसको ठाउँ लिएको छ।</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>नयाँ संस्करण खोल्नुहोस्</translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation>नयाँ संस्करण</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>{title} देखाउनुहोस्</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation>&lt;b&gt;फिर्ता लिइएको।&lt;/b&gt; प्रकाशकले यो सामग्री सूचीपत्रबाट हटाएको छ; तपाईंको बुकमार्क, यसको शीर्षक र तपाईंको टिप्पणी राखिएका छन्।</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>कुनै कार्य छैन</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>गर्नुपर्ने केही छैन</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation>आज प्रकाशित</translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation>हिजो प्रकाशित</translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation>{count} दिनअघि प्रकाशित</translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation>{count} महिनाअघि प्रकाशित</translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation>{count} वर्षअघि प्रकाशित</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} सामग्री</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} सामग्री</translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation>{title} · भर्सन {version} · {age} · {resources}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation>स्थापित सूचीपत्र, यसको भर्सन र यो कति पुरानो छ, अनि RefDesk ले के गरिरहेको छ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>काम हुँदैछ</translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation>RefDesk ले खोज्दा वा सूचीपत्र तयार गर्दा देखिन्छ</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>सूचीपत्र</translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation>स्थापित सूचीपत्रको शीर्षक, भर्सन र यो कति पुरानो छ</translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation>कुनै सूचीपत्र स्थापना गरिएको छैन</translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation>{publisher} को {title}, भर्सन {version}, {date} मा प्रकाशित</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation>RefDesk — सूचीपत्र अपडेट</translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation>सूचीपत्र अपडेट</translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation>थपिएका, परिवर्तन भएका र हटाइएका सामग्रीको संख्या डाउनलोड भएपछि थाहा हुन्छ।</translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation>सामग्री: {added} थपिए, {changed} परिवर्तन भए, {removed} हटाइए।</translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation>{source} (र मिररहरू)</translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation>कुनै अपडेट स्रोत राखिएको छैन</translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation>प्रकाशकको अपडेट साइट वा मिररको ठेगाना &lt;b&gt;अपडेट सेटिङ&lt;/b&gt; (Ctrl+,) मा थप्नुहोस्। इन्टरनेट जडान नभए, बरु फाइल वा USB पेन ड्राइभबाट अपडेट आयात गर्नुहोस् (Ctrl+Shift+U)।</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>अपडेट जाँच्दै…</translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation>पछिल्लो हस्ताक्षरित रिलिजका लागि {where} लाई सोध्दै।</translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation>भर्सन {version} स्थापित छ; {where} मा जाँचियो।</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>सूचीपत्र अद्यावधिक छ</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>भर्सन {version} स्थापित छ।</translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} {size} पढियो। &lt;b&gt;के-के बदलियो&lt;/b&gt; मा तिनको सूची, तपाईंका सम्बन्धित बुकमार्क र सुरक्षित खोजहरूसहित, छ।</translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} {size} डाउनलोड भयो। &lt;b&gt;के-के बदलियो&lt;/b&gt; मा तिनको सूची, तपाईंका सम्बन्धित बुकमार्क र सुरक्षित खोजहरूसहित, छ।</translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation>भर्सन {version} मा अपडेट भयो</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation>{reason}&lt;br&gt;स्थापित सूचीपत्रमा कुनै परिवर्तन गरिएन।</translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation>अपडेट सफल भएन</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>अपडेट रद्द गरियो</translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation>केही परिवर्तन गरिएन; स्थापित सूचीपत्र नै प्रयोगमा छ।</translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation>सूचीपत्रको नयाँ हस्ताक्षरित रिलिज छ कि जाँच्नुहोस्।</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>भर्सन {version}</translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation>सूचीपत्र छैन</translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation>परिवर्तन मात्र</translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>पूरै सूचीपत्र</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>अहिले तपाईंसँग: {have}। {counts}&lt;br&gt;{where} बाट &lt;b&gt;{size}&lt;/b&gt; पढ्नुपर्छ ({method})।&lt;br&gt;तपाईंका बुकमार्क, टिप्पणी र संग्रह जस्ताको तस्तै रहन्छन्।</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>अहिले तपाईंसँग: {have}। {counts}&lt;br&gt;{where} बाट &lt;b&gt;{size}&lt;/b&gt; डाउनलोड गर्नुपर्छ ({method})।&lt;br&gt;तपाईंका बुकमार्क, टिप्पणी र संग्रह जस्ताको तस्तै रहन्छन्।</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>भर्सन {version} उपलब्ध छ</translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation>रोकिएको: भर्सन {version}</translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation>भर्सन {version} मा अपडेट गर्दै…</translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation>“जारी राख्नुहोस्” ले RefDesk बन्द गरिसकेपछि पनि डाउनलोड रोकिएकै ठाउँबाट अघि बढाउँछ।</translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation>सूचीपत्र अपडेटले के ल्याउँछ, यसको डाउनलोड र प्रगति</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>अपडेटको स्थिति</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>अपडेटको विवरण</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>अपडेटको प्रगति</translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation>अपडेट कति डाउनलोड भयो, त्यसपछि के स्थापना हुँदैछ</translation>
    </message>
    <message>
        <source>Update step</source>
        <translation>अपडेटको चरण</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>डाउनलोड र स्थापना</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>अपडेट सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation>डाउनलोड रोकेर आइसकेको भाग राख्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation>रोकेर डाउनलोड भएको भाग फ्याँक्नुहोस्</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>के-के बदलियो</translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation>यो अपडेटले के-के बदल्यो, सूची देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation>अपडेट सेटिङ…</translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation>स्रोत, प्रोक्सी, स्वचालित जाँच</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>फाइलबाट आयात…</translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation>USB पेन ड्राइभ वा फोल्डरमा रहेको अपडेट</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation>यो विन्डो बन्द गर्नुहोस्; अपडेट चलिरहन्छ</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फेरि प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>फेरि जाँच्नुहोस्</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>अपडेट जाँच्नुहोस्</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation>हस्ताक्षरित रिलिज जाँच्दै…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>सुरु गर्दै…</translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation>{total} मध्ये {done} पढियो</translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation>{total} मध्ये {done} डाउनलोड भयो</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — रोकिएको</translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation>{step}… (यो रोक्न मिल्दैन; “रद्द गर्नुहोस्” ले पुरानो सूचीपत्र नै राख्छ)</translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation>{source}: https:// र http:// ठेगाना, फोल्डर र .zip फाइल मात्र चल्छन्।</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation>प्रोक्सी http://proxy.example:3128 जस्तो हुनुपर्छ (वा खाली)।</translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation>RefDesk — अपडेट सेटिङ</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>अपडेट सेटिङ</translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation>अपडेट स्रोत, प्रोक्सी र स्वचालित जाँच</translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation>RefDesk ले यी स्रोतबाट हस्ताक्षरित सूचीपत्र अपडेट ल्याउन मात्र नेटवर्कमा जडान गर्छ, र त्यो पनि तपाईंले भन्दा मात्र, वा तल अनुमति दिनुभएमा सुरु हुँदा।</translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation>अपडेट स्रोतहरू</translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation>प्रति पङ्क्ति एउटा, क्रमैसँग प्रयास गरिन्छ: https:// ठेगाना (पहिलो प्रकाशकको, अरू मिरर), फोल्डर वा .zip प्याकेज</translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation>स्रोत, प्रति पङ्क्ति एउटा(&amp;S):</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation>http://proxy.example:3128 — खाली छोडे सिधै जडान हुन्छ</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>प्रोक्सी</translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation>अपडेट अनुरोधका लागि http:// वा https:// प्रोक्सी; नचाहिए खाली छोड्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>प्रोक्सी(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation>RefDesk सुरु हुँदा अपडेट जाँच्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>सुरु हुँदा अपडेट जाँच</translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation>प्रणालीले डाटाअनुसार शुल्क नलाग्ने भनेको जडानमा मात्र; थाहा नभए कहिल्यै होइन</translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation>डाटाअनुसार शुल्क लाग्ने जडानमा कहिल्यै होइन, प्रणालीले छुट्याउन नसक्दा पनि होइन।</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याहरू</translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation>नेटवर्क लग…</translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation>RefDesk ले पठाएका सबै अनुरोध (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation>यी सेटिङ जाँचेर राख्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>सुरक्षित नगरी बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation>अपडेट प्याकेज आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation>अपडेट फोल्डर आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation>RefDesk — {title}</translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation>.zip अपडेट प्याकेज वा रिपोजिटरी फोल्डर, जस्तै USB पेन ड्राइभमा</translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation>अपडेट प्याकेज (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सबै फाइल (*)</translation>
    </message>
    <message>
        <source>Export an update bundle</source>
        <translation>अपडेट प्याकेज निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Where to save the .zip bundle, e.g. on a USB stick for other laptops</source>
        <translation>.zip प्याकेज कहाँ सुरक्षित गर्ने, जस्तै अरू ल्यापटपका लागि USB पेन ड्राइभमा</translation>
    </message>
    <message>
        <source>Exporting the catalogue to {file}…</source>
        <translation>सूचीपत्र {file} मा निर्यात गर्दै…</translation>
    </message>
    <message>
        <source>Exporting the catalogue: {percent}%</source>
        <translation>सूचीपत्र निर्यात गर्दै: {percent}%</translation>
    </message>
    <message>
        <source>Saved version {version} of “{title}” to {file} ({size}).

Other laptops install it with Updates › Import update from file…, until {date}; after that date they will refuse it, and a new bundle has to be exported after checking for updates online.</source>
        <translation>“{title}” को भर्सन {version} {file} मा सुरक्षित गरियो ({size})।

अरू ल्यापटपले {date} सम्म यसलाई अपडेट › फाइलबाट अपडेट आयात गर्नुहोस्… बाट स्थापना गर्न सक्छन्; त्यो मितिपछि तिनले यसलाई अस्वीकार गर्छन्, र अनलाइन अपडेट जाँचेपछि नयाँ प्याकेज निर्यात गर्नुपर्छ।</translation>
    </message>
    <message>
        <source>Update bundle saved: {file}</source>
        <translation>अपडेट प्याकेज सुरक्षित गरियो: {file}</translation>
    </message>
    <message>
        <source>Export update bundle</source>
        <translation>अपडेट प्याकेज निर्यात</translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation>अपडेट सेटिङ सुरक्षित गरियो।</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Downloading… {done} of {total}</source>
        <translation>डाउनलोड गर्दै… {total} मध्ये {done}</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version {version}).</source>
        <translation>सूचीपत्र अद्यावधिक छ (भर्सन {version})।</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>{added} थपिए, {changed} परिवर्तन भए, {removed} हटाइए</translation>
    </message>
    <message>
        <source>changes counted once it is downloaded</source>
        <translation>डाउनलोड भएपछि परिवर्तन गनिन्छन्</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>भर्सन {version}</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>केही स्थापना गरिएको छैन</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (delta update).</source>
        <translation>भर्सन {version} उपलब्ध छ (अहिले {start}): {changes}; {size} डाउनलोड गर्नुपर्छ (परिवर्तन मात्रको अपडेट)।</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (full update).</source>
        <translation>भर्सन {version} उपलब्ध छ (अहिले {start}): {changes}; {size} डाउनलोड गर्नुपर्छ (पूरै अपडेट)।</translation>
    </message>
    <message>
        <source>Updated to version {version}: {changes}; downloaded {size}.</source>
        <translation>भर्सन {version} मा अपडेट भयो: {changes}; {size} डाउनलोड भयो।</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n बाइट</numerusform>
            <numerusform>%n बाइट</numerusform>
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
        <translation>सूचीपत्रको स्रोत पढ्दै</translation>
    </message>
    <message>
        <source>Writing the catalogue database</source>
        <translation>सूचीपत्रको डाटाबेस लेख्दै</translation>
    </message>
    <message>
        <source>Indexing every page</source>
        <translation>हरेक पृष्ठको अनुक्रमणिका बनाउँदै</translation>
    </message>
    <message>
        <source>Copying the installed catalogue</source>
        <translation>स्थापित सूचीपत्र कपी गर्दै</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>परिवर्तनहरू लागू गर्दै</translation>
    </message>
    <message>
        <source>Storing documents</source>
        <translation>कागजातहरू भण्डारण गर्दै</translation>
    </message>
    <message>
        <source>Verifying the new catalogue</source>
        <translation>नयाँ सूचीपत्र प्रमाणित गर्दै</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: अपडेट प्याकेजको फाइल नाम .zip मा अन्त्य हुनुपर्छ।</translation>
    </message>
    <message>
        <source>No catalogue is installed yet, so there is nothing to export.</source>
        <translation>अहिलेसम्म कुनै सूचीपत्र स्थापना गरिएको छैन, त्यसैले निर्यात गर्ने केही छैन।</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature on this catalogue expired on {date}; other laptops would refuse the bundle. Check for updates while online, then export again.</source>
        <translation>यस सूचीपत्रमा प्रकाशकको हस्ताक्षरको म्याद {date} मा सकियो; अरू ल्यापटपले यो प्याकेज अस्वीकार गर्छन्। अनलाइन हुँदा अपडेट जाँच्नुहोस्, त्यसपछि फेरि निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This laptop last verified version {verified} of the catalogue but has version {installed} installed. Finish the update (Check for updates), then export.</source>
        <translation>यो ल्यापटपले पछिल्लो पटक सूचीपत्रको भर्सन {verified} प्रमाणित गरेको थियो, तर भर्सन {installed} स्थापित छ। अपडेट पूरा गर्नुहोस् (अपडेट जाँच्नुहोस्), त्यसपछि निर्यात गर्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <source>%n of the catalogue&apos;s documents are missing from {folder}; reinstall the catalogue (Import update) before exporting it.</source>
        <translation>
            <numerusform>सूचीपत्रको %n कागजात {folder} मा छैन; निर्यात गर्नुअघि सूचीपत्र पुनः स्थापना गर्नुहोस् (अपडेट आयात)।</numerusform>
            <numerusform>सूचीपत्रका %n कागजात {folder} मा छैनन्; निर्यात गर्नुअघि सूचीपत्र पुनः स्थापना गर्नुहोस् (अपडेट आयात)।</numerusform>
        </translation>
    </message>
    <message>
        <source>not TUF metadata</source>
        <translation>TUF मेटाडाटा होइन</translation>
    </message>
    <message>
        <source>This laptop&apos;s catalogue was not installed from a signed release, so it cannot vouch for it; install or update the catalogue from the publisher first.</source>
        <translation>यो ल्यापटपको सूचीपत्र हस्ताक्षरित रिलिजबाट स्थापना गरिएको होइन, त्यसैले यसले त्यसको प्रामाणिकता पुष्टि गर्न सक्दैन; पहिले प्रकाशकबाट सूचीपत्र स्थापना वा अपडेट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check for updates to repair the trust store, then export.</source>
        <translation>{path} पढ्न सकिएन ({reason}); विश्वास भण्डार मर्मत गर्न अपडेट जाँच्नुहोस्, त्यसपछि निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The signed release file of the installed catalogue is not on this laptop (it was installed by an older RefDesk, or an update was checked but not installed). Check for updates while online, install what is offered, then export again.</source>
        <translation>स्थापित सूचीपत्रको हस्ताक्षरित रिलिज फाइल यो ल्यापटपमा छैन (यसलाई RefDesk को पुरानो भर्सनले स्थापना गरेको थियो, वा अपडेट जाँचियो तर स्थापना गरिएन)। अनलाइन हुँदा अपडेट जाँच्नुहोस्, उपलब्ध अपडेट स्थापना गर्नुहोस्, त्यसपछि फेरि निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The trust store and the release file disagree about the catalogue snapshot; check for updates while online, then export again.</source>
        <translation>सूचीपत्र स्न्यापसटबारे विश्वास भण्डार र रिलिज फाइल मेल खाँदैनन्; अनलाइन हुँदा अपडेट जाँच्नुहोस्, त्यसपछि फेरि निर्यात गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The installed catalogue cannot be turned back into the exact file the publisher signed (it may have been written by a different RefDesk). Check for updates while online and export again, or ask the publisher for a bundle (&apos;refdesk publish bundle&apos;).</source>
        <translation>स्थापित सूचीपत्रलाई प्रकाशकले हस्ताक्षर गरेको हुबहु फाइलमा फर्काउन सकिँदैन (यो RefDesk को फरक भर्सनले लेखेको हुन सक्छ)। अनलाइन हुँदा अपडेट जाँचेर फेरि निर्यात गर्नुहोस्, वा प्रकाशकसँग प्याकेज माग्नुहोस् (&apos;refdesk publish bundle&apos;)।</translation>
    </message>
    <message>
        <source>The document {name} on this laptop is damaged (its contents no longer match the publisher&apos;s signature); reinstall the catalogue before exporting it.</source>
        <translation>यो ल्यापटपमा रहेको कागजात {name} बिग्रिएको छ (यसको विषयवस्तु अब प्रकाशकको हस्ताक्षरसँग मेल खाँदैन); निर्यात गर्नुअघि सूचीपत्र पुनः स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>not a release.json</source>
        <translation>release.json होइन</translation>
    </message>
    <message>
        <source>This catalogue release needs a newer RefDesk; install the newer version of the app.</source>
        <translation>सूचीपत्रको यो रिलिजका लागि RefDesk को नयाँ भर्सन चाहिन्छ; एपको नयाँ भर्सन स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The release description (release.json) is malformed ({reason}).</source>
        <translation>रिलिजको विवरण (release.json) को ढाँचा मिलेन ({reason})।</translation>
    </message>
    <message>
        <source>No update source: give --source URL_OR_PATH (or save sources in the settings).</source>
        <translation>कुनै अपडेट स्रोत छैन: --source URL_OR_PATH दिनुहोस् (वा सेटिङमा स्रोतहरू सुरक्षित गर्नुहोस्)।</translation>
    </message>
    <message>
        <source>Checking {source}</source>
        <translation>{source} जाँच्दै</translation>
    </message>
    <message>
        <source>This laptop already trusts a different publisher; a new root of trust is accepted only through the publisher&apos;s signed root chain.</source>
        <translation>यो ल्यापटपले पहिल्यै अर्कै प्रकाशकलाई विश्वास गर्छ; विश्वासको नयाँ मूल प्रकाशकको हस्ताक्षरित root शृङ्खलामार्फत मात्र स्वीकार गरिन्छ।</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher&apos;s root.json.</source>
        <translation>अहिलेसम्म कुनै प्रकाशकलाई विश्वास गरिएको छैन: प्रकाशकको root.json सहित --trust ROOT_JSON दिनुहोस्।</translation>
    </message>
    <message>
        <source>{source} publishes no catalogue release (no release.json).</source>
        <translation>{source} ले कुनै सूचीपत्र रिलिज प्रकाशित गर्दैन (release.json छैन)।</translation>
    </message>
    <message>
        <source>{source} offers version {version} of the catalogue, older than the installed version {installed}; it was refused.</source>
        <translation>{source} ले सूचीपत्रको भर्सन {version} दिन्छ, जुन स्थापित भर्सन {installed} भन्दा पुरानो हो; यसलाई अस्वीकार गरियो।</translation>
    </message>
    <message>
        <source>Downloading</source>
        <extracomment>A step of an update, shown with &quot;…&quot; after it while the files arrive.</extracomment>
        <translation>डाउनलोड गर्दै</translation>
    </message>
    <message>
        <source>release.json names {name}, which the signed targets do not list with the same hash and length; nothing was applied.</source>
        <translation>release.json ले {name} उल्लेख गर्छ, तर हस्ताक्षरित targets मा त्यो उही ह्यास र लम्बाइसहित सूचीकृत छैन; केही पनि लागू गरिएन।</translation>
    </message>
    <message>
        <source>The update&apos;s delta is not for the release it was signed in.</source>
        <translation>अपडेटको डेल्टा जुन रिलिजमा हस्ताक्षर गरिएको हो, त्यसका लागि होइन।</translation>
    </message>
    <message>
        <source>The update&apos;s snapshot is not for the release it was signed in.</source>
        <translation>अपडेटको स्न्यापसट जुन रिलिजमा हस्ताक्षर गरिएको हो, त्यसका लागि होइन।</translation>
    </message>
    <message>
        <source>The given root of trust is not a valid, self-signed TUF root ({reason}).</source>
        <translation>दिइएको विश्वासको मूल मान्य, स्वहस्ताक्षरित TUF root होइन ({reason})।</translation>
    </message>
    <message>
        <source>its signed metadata has expired (a frozen mirror, or an old bundle)</source>
        <translation>यसको हस्ताक्षरित मेटाडाटाको म्याद सकिएको छ (अद्यावधिक नहुने मिरर, वा पुरानो प्याकेज)</translation>
    </message>
    <message>
        <source>it is older than what this laptop already trusts</source>
        <translation>यो ल्यापटपले पहिल्यै विश्वास गरेकोभन्दा यो पुरानो छ</translation>
    </message>
    <message>
        <source>it is not signed by the publisher&apos;s keys</source>
        <translation>यसमा प्रकाशकका कुञ्जीले हस्ताक्षर गरिएको छैन</translation>
    </message>
    <message>
        <source>a file does not match what the publisher signed (tampered or damaged)</source>
        <translation>एउटा फाइल प्रकाशकले हस्ताक्षर गरेकोसँग मेल खाँदैन (छेडछाड गरिएको वा बिग्रिएको)</translation>
    </message>
    <message>
        <source>a file is longer than the publisher signed</source>
        <translation>एउटा फाइल प्रकाशकले हस्ताक्षर गरेकोभन्दा लामो छ</translation>
    </message>
    <message>
        <source>The update from {source} was refused: {reason}. Nothing was applied.</source>
        <translation>{source} बाट आएको अपडेट अस्वीकार गरियो: {reason}। केही पनि लागू गरिएन।</translation>
    </message>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>कुनै पनि अपडेट स्रोत प्रयोग गर्न सकिएन ({detail})। जडान वा USB पेन ड्राइभ जाँचेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{source} is neither a repository folder nor a .zip update bundle.</source>
        <translation>{source} न रिपोजिटरी फोल्डर हो न .zip अपडेट प्याकेज।</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>{source} अस्तित्वमा छैन (https:// ठेगाना, फोल्डर वा .zip प्याकेज दिनुहोस्)।</translation>
    </message>
    <message>
        <source>{url} answered {status}</source>
        <translation>{url} ले {status} जवाफ दियो</translation>
    </message>
    <message>
        <source>The connection to {url} kept dropping.</source>
        <translation>{url} सँगको जडान बारम्बार टुटिरह्यो।</translation>
    </message>
    <message>
        <source>{url} sent more than the {length} bytes its signed length allows.</source>
        <translation>{url} ले हस्ताक्षरित लम्बाइले अनुमति दिने {length} बाइटभन्दा बढी पठायो।</translation>
    </message>
    <message>
        <source>{url} redirects too many times.</source>
        <translation>{url} ले धेरै पटक रिडाइरेक्ट गर्छ।</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} ले समयमै जवाफ दिएन।</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({reason}).</source>
        <translation>{url} मा पुग्न सकिएन ({reason})।</translation>
    </message>
    <message>
        <source>{url} stalled.</source>
        <translation>{url} अड्कियो।</translation>
    </message>
    <message>
        <source>The connection to {url} dropped ({reason}).</source>
        <translation>{url} सँगको जडान टुट्यो ({reason})।</translation>
    </message>
    <message>
        <source>{source} is not a readable update bundle ({reason}).</source>
        <translation>{source} पढ्न मिल्ने अपडेट प्याकेज होइन ({reason})।</translation>
    </message>
    <message>
        <source>{name} is not in {source}</source>
        <translation>{name} {source} मा छैन</translation>
    </message>
    <message>
        <source>{name} cannot be read from {source} ({reason}).</source>
        <translation>{name} {source} बाट पढ्न सकिएन ({reason})।</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} पढ्न सकिएन ({reason})।</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <translation>सूचीपत्रको भर्सन {version} उपलब्ध छ ({size}): अपडेट ▸ अपडेट जाँच्नुहोस् (Ctrl+U)।</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; नामको कुनै संग्रह छैन।</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>&apos;{name}&apos; नामको संग्रह पहिल्यै छ।</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} अस्तित्वमा छैन।</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export ({reason}).</source>
        <translation>{path} RefDesk को प्रयोगकर्ता-डाटा निर्यात फाइल होइन ({reason})।</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export.</source>
        <translation>{path} RefDesk को प्रयोगकर्ता-डाटा निर्यात फाइल होइन।</translation>
    </message>
    <message>
        <source>{path} was exported by a newer RefDesk; update the app first.</source>
        <translation>{path} RefDesk को नयाँ भर्सनले निर्यात गरेको हो; पहिले एप अपडेट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was imported.</source>
        <translation>{path} बिग्रिएको छ ({reason}); केही पनि आयात गरिएन।</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>संग्रहको नाम हुनुपर्छ।</translation>
    </message>
    <message>
        <source>Your user data {path} cannot be read ({reason}); it was left untouched. Move it aside to start afresh, or restore it from an export.</source>
        <translation>तपाईंको प्रयोगकर्ता डाटा {path} पढ्न सकिएन ({reason}); यसलाई नछोई छोडियो। नयाँ सुरुआत गर्न यसलाई अन्यत्र सार्नुहोस्, वा निर्यात गरिएको फाइलबाट फिर्ता ल्याउनुहोस्।</translation>
    </message>
    <message>
        <source>{path} was written by a newer RefDesk (user data version {version}, this app reads up to {supported}); install the newer version. Nothing was changed.</source>
        <translation>{path} RefDesk को नयाँ भर्सनले लेखेको हो (प्रयोगकर्ता डाटा भर्सन {version}, यो एपले {supported} सम्म पढ्छ); नयाँ भर्सन स्थापना गर्नुहोस्। केही परिवर्तन गरिएन।</translation>
    </message>
    <message>
        <source>Your user data {path} could not be saved ({reason}).</source>
        <translation>तपाईंको प्रयोगकर्ता डाटा {path} सुरक्षित गर्न सकिएन ({reason})।</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Indicators and checklists</source>
        <translation>सूचक र जाँचसूची</translation>
    </message>
    <message>
        <source>Screening tool</source>
        <translation>प्रारम्भिक जाँच साधन</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>मार्गदर्शन</translation>
    </message>
    <message>
        <source>Handbook or toolkit</source>
        <translation>पुस्तिका वा टुलकिट</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>मानक सञ्चालन कार्यविधि</translation>
    </message>
    <message>
        <source>Training curriculum</source>
        <translation>तालिम पाठ्यक्रम</translation>
    </message>
    <message>
        <source>Referral tool or directory</source>
        <translation>प्रेषण साधन वा निर्देशिका</translation>
    </message>
    <message>
        <source>Digital tool</source>
        <translation>डिजिटल साधन</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>अनुसन्धान</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>पद्धति</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Label in the bundled catalogue of the topic policy</extracomment>
        <translation>नीति</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>डाटा मापदण्ड</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>जनचेतना सामग्री</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>विश्वव्यापी</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>एसिया</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>दक्षिणपूर्वी एसिया</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>दक्षिण एसिया</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>पूर्वी एसिया</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>मध्य एसिया</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>एसिया-प्रशान्त</translation>
    </message>
    <message>
        <source>Greater Mekong</source>
        <translation>वृहत्तर मेकङ</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>प्रशान्त क्षेत्र</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>युरोप</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>अफ्रिका</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>अमेरिका महादेश</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>मध्यपूर्व</translation>
    </message>
    <message>
        <source>Age assessment</source>
        <extracomment>Label in the bundled catalogue of the topic age-assessment</extracomment>
        <translation>उमेर निर्धारण</translation>
    </message>
    <message>
        <source>Asylum and trafficking nexus</source>
        <extracomment>Label in the bundled catalogue of the topic asylum-trafficking-nexus</extracomment>
        <translation>शरण र बेचबिखनको अन्तरसम्बन्ध</translation>
    </message>
    <message>
        <source>Barriers to identification</source>
        <extracomment>Label in the bundled catalogue of the topic barriers</extracomment>
        <translation>पहिचानका अवरोध</translation>
    </message>
    <message>
        <source>Bonded labour</source>
        <extracomment>Label in the bundled catalogue of the topic bonded-labour</extracomment>
        <translation>बँधुवा श्रम</translation>
    </message>
    <message>
        <source>Boys</source>
        <extracomment>Label in the bundled catalogue of the topic boys</extracomment>
        <translation>बालक</translation>
    </message>
    <message>
        <source>Case data</source>
        <extracomment>Label in the bundled catalogue of the topic case-data</extracomment>
        <translation>केस डाटा</translation>
    </message>
    <message>
        <source>Case documentation</source>
        <extracomment>Label in the bundled catalogue of the topic case-documentation</extracomment>
        <translation>केसको अभिलेखीकरण</translation>
    </message>
    <message>
        <source>Case management</source>
        <extracomment>Label in the bundled catalogue of the topic case-management</extracomment>
        <translation>केस व्यवस्थापन</translation>
    </message>
    <message>
        <source>Case records</source>
        <extracomment>Label in the bundled catalogue of the topic case-records</extracomment>
        <translation>केस अभिलेख</translation>
    </message>
    <message>
        <source>Case stories</source>
        <extracomment>Label in the bundled catalogue of the topic case-stories</extracomment>
        <translation>केस कथा</translation>
    </message>
    <message>
        <source>Checklists</source>
        <extracomment>Label in the bundled catalogue of the topic checklists</extracomment>
        <translation>जाँचसूची</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-criminal-exploitation</extracomment>
        <translation>बालबालिकाको आपराधिक शोषण</translation>
    </message>
    <message>
        <source>Interviewing children</source>
        <extracomment>Label in the bundled catalogue of the topic child-interview-techniques</extracomment>
        <translation>बालबालिकासँग अन्तर्वार्ता</translation>
    </message>
    <message>
        <source>Child labour</source>
        <extracomment>Label in the bundled catalogue of the topic child-labour</extracomment>
        <translation>बालश्रम</translation>
    </message>
    <message>
        <source>Child protection</source>
        <extracomment>Label in the bundled catalogue of the topic child-protection</extracomment>
        <translation>बाल संरक्षण</translation>
    </message>
    <message>
        <source>Child rights</source>
        <extracomment>Label in the bundled catalogue of the topic child-rights</extracomment>
        <translation>बाल अधिकार</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-sexual-exploitation</extracomment>
        <translation>बाल यौन शोषण</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic child-trafficking</extracomment>
        <translation>बाल बेचबिखन</translation>
    </message>
    <message>
        <source>Child victims</source>
        <extracomment>Label in the bundled catalogue of the topic child-victims</extracomment>
        <translation>पीडित बालबालिका</translation>
    </message>
    <message>
        <source>Coercion</source>
        <extracomment>Label in the bundled catalogue of the topic coercion</extracomment>
        <translation>जोरजबरजस्ती</translation>
    </message>
    <message>
        <source>Community-level response</source>
        <extracomment>Label in the bundled catalogue of the topic community-level-response</extracomment>
        <translation>समुदायस्तरको प्रतिकार्य</translation>
    </message>
    <message>
        <source>Community policing</source>
        <extracomment>Label in the bundled catalogue of the topic community-policing</extracomment>
        <translation>सामुदायिक प्रहरी</translation>
    </message>
    <message>
        <source>Compensation</source>
        <extracomment>Label in the bundled catalogue of the topic compensation</extracomment>
        <translation>क्षतिपूर्ति</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>Label in the bundled catalogue of the topic complaints</extracomment>
        <translation>उजुरी</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <extracomment>Label in the bundled catalogue of the topic confidentiality</extracomment>
        <translation>गोपनीयता</translation>
    </message>
    <message>
        <source>Cooperation with law enforcement</source>
        <extracomment>Label in the bundled catalogue of the topic cooperation-with-law-enforcement</extracomment>
        <translation>कानून कार्यान्वयन निकायसँग सहकार्य</translation>
    </message>
    <message>
        <source>Counter-trafficking committees</source>
        <extracomment>Label in the bundled catalogue of the topic counter-trafficking-committees</extracomment>
        <translation>बेचबिखन विरुद्धका समिति</translation>
    </message>
    <message>
        <source>Cross-border trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic cross-border-trafficking</extracomment>
        <translation>सीमापार बेचबिखन</translation>
    </message>
    <message>
        <source>Data collection</source>
        <extracomment>Label in the bundled catalogue of the topic data-collection</extracomment>
        <translation>डाटा सङ्कलन</translation>
    </message>
    <message>
        <source>Debt</source>
        <extracomment>Label in the bundled catalogue of the topic debt</extracomment>
        <translation>ऋण</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <extracomment>Label in the bundled catalogue of the topic debt-bondage</extracomment>
        <translation>ऋण बन्धन</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-work</extracomment>
        <translation>घरेलु काम</translation>
    </message>
    <message>
        <source>Domestic workers</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-workers</extracomment>
        <translation>घरेलु कामदार</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Label in the bundled catalogue of the topic due-diligence</extracomment>
        <translation>उचित सावधानी (ड्यु डिलिजेन्स)</translation>
    </message>
    <message>
        <source>Education</source>
        <extracomment>Label in the bundled catalogue of the topic education</extracomment>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Ethical interviewing</source>
        <extracomment>Label in the bundled catalogue of the topic ethical-interviewing</extracomment>
        <translation>नैतिक अन्तर्वार्ता</translation>
    </message>
    <message>
        <source>Ethics</source>
        <extracomment>Label in the bundled catalogue of the topic ethics</extracomment>
        <translation>नैतिकता</translation>
    </message>
    <message>
        <source>First contact</source>
        <extracomment>Label in the bundled catalogue of the topic first-contact</extracomment>
        <translation>पहिलो सम्पर्क</translation>
    </message>
    <message>
        <source>First response</source>
        <extracomment>Label in the bundled catalogue of the topic first-response</extracomment>
        <translation>प्राथमिक प्रतिकार्य</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Label in the bundled catalogue of the topic fishing</extracomment>
        <translation>माछा मार्ने काम</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <extracomment>Label in the bundled catalogue of the topic forced-criminality</extracomment>
        <translation>जबरजस्ती अपराधमा संलग्नता</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour</extracomment>
        <translation>जबरजस्ती श्रम</translation>
    </message>
    <message>
        <source>Forced labour risk</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-risk</extracomment>
        <translation>जबरजस्ती श्रमको जोखिम</translation>
    </message>
    <message>
        <source>Forced labour screening</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-screening</extracomment>
        <translation>जबरजस्ती श्रमको प्रारम्भिक जाँच</translation>
    </message>
    <message>
        <source>Forms and templates</source>
        <extracomment>Label in the bundled catalogue of the topic forms</extracomment>
        <translation>फारम र नमुना</translation>
    </message>
    <message>
        <source>Frontline capacity</source>
        <extracomment>Label in the bundled catalogue of the topic frontline-capacity</extracomment>
        <translation>अग्रपङ्क्तिको क्षमता</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Label in the bundled catalogue of the topic gender</extracomment>
        <translation>लैङ्गिकता</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Label in the bundled catalogue of the topic health</extracomment>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <source>Human rights</source>
        <extracomment>Label in the bundled catalogue of the topic human-rights</extracomment>
        <translation>मानव अधिकार</translation>
    </message>
    <message>
        <source>Humanitarian protection</source>
        <extracomment>Label in the bundled catalogue of the topic humanitarian-protection</extracomment>
        <translation>मानवीय संरक्षण</translation>
    </message>
    <message>
        <source>Mapping of identification tools</source>
        <extracomment>Label in the bundled catalogue of the topic identification-tools-mapping</extracomment>
        <translation>पहिचान साधनहरूको नक्साङ्कन</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <extracomment>Label in the bundled catalogue of the topic identity-documents</extracomment>
        <translation>परिचय कागजात</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>Label in the bundled catalogue of the topic indicators</extracomment>
        <translation>सूचक</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <extracomment>Label in the bundled catalogue of the topic informed-consent</extracomment>
        <translation>सुसूचित सहमति</translation>
    </message>
    <message>
        <source>Inter-state coordination</source>
        <extracomment>Label in the bundled catalogue of the topic inter-state-coordination</extracomment>
        <translation>अन्तरराज्य समन्वय</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <extracomment>Label in the bundled catalogue of the topic interoperability</extracomment>
        <translation>अन्तरसञ्चालनीयता</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>Label in the bundled catalogue of the topic interpreters; the audience interpreters</extracomment>
        <translation>दोभाषे</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <extracomment>Label in the bundled catalogue of the topic interview-questions</extracomment>
        <translation>अन्तर्वार्ताका प्रश्न</translation>
    </message>
    <message>
        <source>Investigation</source>
        <extracomment>Label in the bundled catalogue of the topic investigation</extracomment>
        <translation>तहकिकात</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic labour-exploitation</extracomment>
        <translation>श्रम शोषण</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <extracomment>Label in the bundled catalogue of the topic labour-inspection</extracomment>
        <translation>श्रम निरीक्षण</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <extracomment>Label in the bundled catalogue of the topic labour-migration</extracomment>
        <translation>श्रम आप्रवासन</translation>
    </message>
    <message>
        <source>Labour trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic labour-trafficking</extracomment>
        <translation>श्रम बेचबिखन</translation>
    </message>
    <message>
        <source>Language assistance</source>
        <extracomment>Label in the bundled catalogue of the topic language-assistance</extracomment>
        <translation>भाषा सहायता</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <extracomment>Label in the bundled catalogue of the topic legal-aid</extracomment>
        <translation>कानूनी सहायता</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <extracomment>Label in the bundled catalogue of the topic legal-framework</extracomment>
        <translation>कानूनी ढाँचा</translation>
    </message>
    <message>
        <source>Measurement</source>
        <extracomment>Label in the bundled catalogue of the topic measurement</extracomment>
        <translation>मापन</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <extracomment>Label in the bundled catalogue of the topic medical-examination</extracomment>
        <translation>स्वास्थ्य परीक्षण</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <extracomment>Label in the bundled catalogue of the topic men-and-boys</extracomment>
        <translation>पुरुष र बालक</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <extracomment>Label in the bundled catalogue of the topic methods-of-control</extracomment>
        <translation>नियन्त्रणका तरिका</translation>
    </message>
    <message>
        <source>Migrant vulnerability</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-vulnerability</extracomment>
        <translation>आप्रवासीको जोखिम</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-workers</extracomment>
        <translation>आप्रवासी कामदार</translation>
    </message>
    <message>
        <source>Migration routes</source>
        <extracomment>Label in the bundled catalogue of the topic migration-routes</extracomment>
        <translation>आप्रवासनका मार्ग</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <extracomment>Label in the bundled catalogue of the topic misconceptions</extracomment>
        <translation>गलत धारणा</translation>
    </message>
    <message>
        <source>Missing persons</source>
        <extracomment>Label in the bundled catalogue of the topic missing-persons</extracomment>
        <translation>हराएका व्यक्ति</translation>
    </message>
    <message>
        <source>Mixed migration</source>
        <extracomment>Label in the bundled catalogue of the topic mixed-migration</extracomment>
        <translation>मिश्रित आप्रवासन</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <extracomment>Label in the bundled catalogue of the topic modern-slavery</extracomment>
        <translation>आधुनिक दासत्व</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Label in the bundled catalogue of the topic monitoring</extracomment>
        <translation>अनुगमन</translation>
    </message>
    <message>
        <source>National referral mechanisms (NRMs)</source>
        <extracomment>Label in the bundled catalogue of the topic national-referral-mechanisms</extracomment>
        <translation>राष्ट्रिय प्रेषण संयन्त्रहरू (NRMs)</translation>
    </message>
    <message>
        <source>National responses</source>
        <extracomment>Label in the bundled catalogue of the topic national-responses</extracomment>
        <translation>राष्ट्रिय प्रतिकार्यहरू</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>Label in the bundled catalogue of the topic needs-assessment</extracomment>
        <translation>आवश्यकता मूल्याङ्कन</translation>
    </message>
    <message>
        <source>Non-criminalisation</source>
        <extracomment>Label in the bundled catalogue of the topic non-criminalization</extracomment>
        <translation>गैर-अपराधीकरण</translation>
    </message>
    <message>
        <source>Non-identification</source>
        <extracomment>Label in the bundled catalogue of the topic non-identification</extracomment>
        <translation>पहिचान नहुनु</translation>
    </message>
    <message>
        <source>Non-punishment principle</source>
        <extracomment>Label in the bundled catalogue of the topic non-punishment</extracomment>
        <translation>सजाय नदिने सिद्धान्त</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <extracomment>Label in the bundled catalogue of the topic occupational-health</extracomment>
        <translation>पेशागत सुरक्षा र स्वास्थ्य</translation>
    </message>
    <message>
        <source>Online child sexual exploitation and abuse (OCSEA)</source>
        <extracomment>Label in the bundled catalogue of the topic ocsea</extracomment>
        <translation>अनलाइन बाल यौन शोषण र दुर्व्यवहार (OCSEA)</translation>
    </message>
    <message>
        <source>Online scam centres</source>
        <extracomment>Label in the bundled catalogue of the topic online-scam-centres</extracomment>
        <translation>अनलाइन ठगी केन्द्र</translation>
    </message>
    <message>
        <source>Placement fees</source>
        <extracomment>Label in the bundled catalogue of the topic placement-fees</extracomment>
        <translation>रोजगारी दिलाउने शुल्क</translation>
    </message>
    <message>
        <source>Post-rescue care</source>
        <extracomment>Label in the bundled catalogue of the topic post-rescue-care</extracomment>
        <translation>उद्धारपछिको हेरचाह</translation>
    </message>
    <message>
        <source>Post-trafficking services</source>
        <extracomment>Label in the bundled catalogue of the topic post-trafficking-services</extracomment>
        <translation>बेचबिखनपछिका सेवा</translation>
    </message>
    <message>
        <source>Prevention</source>
        <extracomment>Label in the bundled catalogue of the topic prevention</extracomment>
        <translation>रोकथाम</translation>
    </message>
    <message>
        <source>Prison labour</source>
        <extracomment>Label in the bundled catalogue of the topic prison-labour</extracomment>
        <translation>कारागार श्रम</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Label in the bundled catalogue of the topic privacy</extracomment>
        <translation>निजता</translation>
    </message>
    <message>
        <source>Programme design</source>
        <extracomment>Label in the bundled catalogue of the topic programming</extracomment>
        <translation>कार्यक्रम डिजाइन</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <extracomment>Label in the bundled catalogue of the topic prosecution</extracomment>
        <translation>अभियोजन</translation>
    </message>
    <message>
        <source>Receipt and repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic receipt-and-repatriation</extracomment>
        <translation>स्वागत र स्वदेश फिर्ती</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Label in the bundled catalogue of the topic recovery</extracomment>
        <translation>पुनर्लाभ</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment</extracomment>
        <translation>भर्ती</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment-fees</extracomment>
        <translation>भर्ती शुल्क</translation>
    </message>
    <message>
        <source>Referral</source>
        <extracomment>Label in the bundled catalogue of the topic referral</extracomment>
        <translation>प्रेषण</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <extracomment>Label in the bundled catalogue of the topic referral-contacts</extracomment>
        <translation>प्रेषण सम्पर्क</translation>
    </message>
    <message>
        <source>Referral information</source>
        <extracomment>Label in the bundled catalogue of the topic referral-information</extracomment>
        <translation>प्रेषण जानकारी</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <extracomment>Label in the bundled catalogue of the topic referral-to-services</extracomment>
        <translation>सेवाका लागि प्रेषण</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <extracomment>Label in the bundled catalogue of the topic regional-cooperation</extracomment>
        <translation>क्षेत्रीय सहकार्य</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <extracomment>Label in the bundled catalogue of the topic rehabilitation</extracomment>
        <translation>पुनर्स्थापना</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic reintegration</extracomment>
        <translation>पुनर्एकीकरण</translation>
    </message>
    <message>
        <source>Remedies and redress</source>
        <extracomment>Label in the bundled catalogue of the topic remedies</extracomment>
        <translation>कानूनी उपचार र परिपूरण</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic repatriation</extracomment>
        <translation>स्वदेश फिर्ती</translation>
    </message>
    <message>
        <source>Reporting</source>
        <extracomment>Label in the bundled catalogue of the topic reporting</extracomment>
        <translation>रिपोर्टिङ</translation>
    </message>
    <message>
        <source>Reporting mechanisms</source>
        <extracomment>Label in the bundled catalogue of the topic reporting-mechanisms</extracomment>
        <translation>रिपोर्टिङ संयन्त्र</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>Label in the bundled catalogue of the topic rescue</extracomment>
        <translation>उद्धार</translation>
    </message>
    <message>
        <source>Rescue planning</source>
        <extracomment>Label in the bundled catalogue of the topic rescue-planning</extracomment>
        <translation>उद्धार योजना</translation>
    </message>
    <message>
        <source>Research ethics</source>
        <extracomment>Label in the bundled catalogue of the topic research-ethics</extracomment>
        <translation>अनुसन्धान नैतिकता</translation>
    </message>
    <message>
        <source>Responsible data</source>
        <extracomment>Label in the bundled catalogue of the topic responsible-data</extracomment>
        <translation>जिम्मेवार डाटा</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic return-and-reintegration</extracomment>
        <translation>फिर्ती र पुनर्एकीकरण</translation>
    </message>
    <message>
        <source>Safe response</source>
        <extracomment>Label in the bundled catalogue of the topic safe-response</extracomment>
        <translation>सुरक्षित प्रतिकार्य</translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Label in the bundled catalogue of the topic safety</extracomment>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Screening</source>
        <extracomment>Label in the bundled catalogue of the topic screening</extracomment>
        <translation>प्रारम्भिक जाँच</translation>
    </message>
    <message>
        <source>Screening forms</source>
        <extracomment>Label in the bundled catalogue of the topic screening-forms</extracomment>
        <translation>प्रारम्भिक जाँच फारम</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <extracomment>Label in the bundled catalogue of the topic screening-interview</extracomment>
        <translation>प्रारम्भिक जाँच अन्तर्वार्ता</translation>
    </message>
    <message>
        <source>Screening tools</source>
        <extracomment>Label in the bundled catalogue of the topic screening-tools</extracomment>
        <translation>प्रारम्भिक जाँच साधनहरू</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <extracomment>Label in the bundled catalogue of the topic seafood-processing</extracomment>
        <translation>समुद्री खाद्य प्रशोधन</translation>
    </message>
    <message>
        <source>Self-identification</source>
        <extracomment>Label in the bundled catalogue of the topic self-identification</extracomment>
        <translation>स्व-पहिचान</translation>
    </message>
    <message>
        <source>Self-reporting</source>
        <extracomment>Label in the bundled catalogue of the topic self-reporting</extracomment>
        <translation>स्व-रिपोर्टिङ</translation>
    </message>
    <message>
        <source>Service directory</source>
        <extracomment>Label in the bundled catalogue of the topic service-directory</extracomment>
        <translation>सेवा निर्देशिका</translation>
    </message>
    <message>
        <source>Sex trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic sex-trafficking</extracomment>
        <translation>यौन बेचबिखन</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic sexual-exploitation</extracomment>
        <translation>यौन शोषण</translation>
    </message>
    <message>
        <source>Shelter</source>
        <extracomment>Label in the bundled catalogue of the topic shelter</extracomment>
        <translation>आश्रय गृह</translation>
    </message>
    <message>
        <source>Social audit</source>
        <extracomment>Label in the bundled catalogue of the topic social-audit</extracomment>
        <translation>सामाजिक परीक्षण</translation>
    </message>
    <message>
        <source>Youth of diverse sexual orientation, gender identity and expression (SOGIE)</source>
        <extracomment>Label in the bundled catalogue of the topic sogie-youth</extracomment>
        <translation>विविध यौनिक अभिमुखीकरण, लैङ्गिक पहिचान र अभिव्यक्ति (SOGIE) भएका युवा</translation>
    </message>
    <message>
        <source>Standard of evidence</source>
        <extracomment>Label in the bundled catalogue of the topic standard-of-evidence</extracomment>
        <translation>प्रमाणको मापदण्ड</translation>
    </message>
    <message>
        <source>State obligations</source>
        <extracomment>Label in the bundled catalogue of the topic state-obligations</extracomment>
        <translation>राज्यको दायित्व</translation>
    </message>
    <message>
        <source>Statutory duties</source>
        <extracomment>Label in the bundled catalogue of the topic statutory-duties</extracomment>
        <translation>वैधानिक कर्तव्य</translation>
    </message>
    <message>
        <source>Street-involved children</source>
        <extracomment>Label in the bundled catalogue of the topic street-involved-children</extracomment>
        <translation>सडकमा आश्रित बालबालिका</translation>
    </message>
    <message>
        <source>Supply chains</source>
        <extracomment>Label in the bundled catalogue of the topic supply-chains</extracomment>
        <translation>आपूर्ति शृङ्खला</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Label in the bundled catalogue of the topic surveys</extracomment>
        <translation>सर्वेक्षण</translation>
    </message>
    <message>
        <source>Survivor perspectives</source>
        <extracomment>Label in the bundled catalogue of the topic survivor-perspectives</extracomment>
        <translation>प्रभावितहरूको दृष्टिकोण</translation>
    </message>
    <message>
        <source>Technical Intern Training Program (Japan)</source>
        <extracomment>Label in the bundled catalogue of the topic technical-intern-training-program</extracomment>
        <translation>प्राविधिक प्रशिक्षार्थी तालिम कार्यक्रम (जापान)</translation>
    </message>
    <message>
        <source>Terminology</source>
        <extracomment>Label in the bundled catalogue of the topic terminology</extracomment>
        <translation>शब्दावली</translation>
    </message>
    <message>
        <source>Trafficking (general)</source>
        <extracomment>Label in the bundled catalogue of the topic trafficking-general</extracomment>
        <translation>बेचबिखन (सामान्य)</translation>
    </message>
    <message>
        <source>Trauma indicators</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-indicators</extracomment>
        <translation>आघातका सूचक</translation>
    </message>
    <message>
        <source>Trauma-informed care</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-care</extracomment>
        <translation>आघात-सचेत हेरचाह</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-practice</extracomment>
        <translation>आघात-सचेत अभ्यास</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <extracomment>Label in the bundled catalogue of the topic travel-and-tourism</extracomment>
        <translation>यात्रा र पर्यटन</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic types-of-exploitation</extracomment>
        <translation>शोषणका प्रकार</translation>
    </message>
    <message>
        <source>Unaccompanied and separated children</source>
        <extracomment>Label in the bundled catalogue of the topic unaccompanied-children</extracomment>
        <translation>अभिभावकविहीन र छुट्टिएका बालबालिका</translation>
    </message>
    <message>
        <source>Victim assistance</source>
        <extracomment>Label in the bundled catalogue of the topic victim-assistance</extracomment>
        <translation>पीडित सहायता</translation>
    </message>
    <message>
        <source>Victim-centred approach</source>
        <extracomment>Label in the bundled catalogue of the topic victim-centred-approach</extracomment>
        <translation>पीडित-केन्द्रित दृष्टिकोण</translation>
    </message>
    <message>
        <source>Victim-friendly procedures</source>
        <extracomment>Label in the bundled catalogue of the topic victim-friendly-procedures</extracomment>
        <translation>पीडितमैत्री प्रक्रिया</translation>
    </message>
    <message>
        <source>Victim identification</source>
        <extracomment>Label in the bundled catalogue of the topic victim-identification</extracomment>
        <translation>पीडित पहिचान</translation>
    </message>
    <message>
        <source>Victim protection</source>
        <extracomment>Label in the bundled catalogue of the topic victim-protection</extracomment>
        <translation>पीडित संरक्षण</translation>
    </message>
    <message>
        <source>Victim witnesses</source>
        <extracomment>Label in the bundled catalogue of the topic victim-witnesses</extracomment>
        <translation>पीडित साक्षी</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <extracomment>Label in the bundled catalogue of the topic withholding-of-wages</extracomment>
        <translation>ज्याला रोक्का</translation>
    </message>
    <message>
        <source>Women migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic women-migrant-workers</extracomment>
        <translation>महिला आप्रवासी कामदार</translation>
    </message>
    <message>
        <source>Women victims</source>
        <extracomment>Label in the bundled catalogue of the topic women-victims</extracomment>
        <translation>पीडित महिला</translation>
    </message>
    <message>
        <source>ASEAN government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience asean-government-agencies</extracomment>
        <translation>आसियानका सरकारी निकाय</translation>
    </message>
    <message>
        <source>Border guards</source>
        <extracomment>Label in the bundled catalogue of the audience border-guards</extracomment>
        <translation>सीमा सुरक्षाकर्मी</translation>
    </message>
    <message>
        <source>Border officials</source>
        <extracomment>Label in the bundled catalogue of the audience border-officials</extracomment>
        <translation>सीमा अधिकारी</translation>
    </message>
    <message>
        <source>Border police</source>
        <extracomment>Label in the bundled catalogue of the audience border-police</extracomment>
        <translation>सीमा प्रहरी</translation>
    </message>
    <message>
        <source>Business</source>
        <extracomment>Label in the bundled catalogue of the audience business</extracomment>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Case managers</source>
        <extracomment>Label in the bundled catalogue of the audience case-managers</extracomment>
        <translation>केस व्यवस्थापक</translation>
    </message>
    <message>
        <source>Case workers</source>
        <extracomment>Label in the bundled catalogue of the audience case-workers</extracomment>
        <translation>केस कार्यकर्ता</translation>
    </message>
    <message>
        <source>Child protection workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-protection-workers</extracomment>
        <translation>बाल संरक्षणकर्मी</translation>
    </message>
    <message>
        <source>Child welfare agencies</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-agencies</extracomment>
        <translation>बाल कल्याण निकाय</translation>
    </message>
    <message>
        <source>Child welfare committees</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-committees</extracomment>
        <translation>बाल कल्याण समिति</translation>
    </message>
    <message>
        <source>Child welfare workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-workers</extracomment>
        <translation>बाल कल्याणकर्मी</translation>
    </message>
    <message>
        <source>Civil society</source>
        <extracomment>Label in the bundled catalogue of the audience civil-society</extracomment>
        <translation>नागरिक समाज</translation>
    </message>
    <message>
        <source>Commune police</source>
        <extracomment>Label in the bundled catalogue of the audience commune-police</extracomment>
        <translation>कम्युन प्रहरी</translation>
    </message>
    <message>
        <source>Community monitors</source>
        <extracomment>Label in the bundled catalogue of the audience community-monitors</extracomment>
        <translation>सामुदायिक अनुगमनकर्ता</translation>
    </message>
    <message>
        <source>Competent authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience competent-authority-staff</extracomment>
        <translation>सक्षम निकायका कर्मचारी</translation>
    </message>
    <message>
        <source>Compliance staff</source>
        <extracomment>Label in the bundled catalogue of the audience compliance-staff</extracomment>
        <translation>अनुपालन कर्मचारी</translation>
    </message>
    <message>
        <source>Consular officials</source>
        <extracomment>Label in the bundled catalogue of the audience consular-officials</extracomment>
        <translation>कन्सुलर अधिकारी</translation>
    </message>
    <message>
        <source>Criminal justice practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience criminal-justice-practitioners</extracomment>
        <translation>फौजदारी न्यायका अभ्यासकर्ता</translation>
    </message>
    <message>
        <source>Data collection agencies</source>
        <extracomment>Label in the bundled catalogue of the audience data-collection-agencies</extracomment>
        <translation>डाटा सङ्कलन गर्ने निकाय</translation>
    </message>
    <message>
        <source>Educators</source>
        <extracomment>Label in the bundled catalogue of the audience educators</extracomment>
        <translation>शिक्षक</translation>
    </message>
    <message>
        <source>Employers</source>
        <extracomment>Label in the bundled catalogue of the audience employers</extracomment>
        <translation>रोजगारदाता</translation>
    </message>
    <message>
        <source>Employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience employers-organisations</extracomment>
        <translation>रोजगारदाताका संगठन</translation>
    </message>
    <message>
        <source>Enforcement agencies</source>
        <extracomment>Label in the bundled catalogue of the audience enforcement-agencies</extracomment>
        <translation>कानून कार्यान्वयन निकाय</translation>
    </message>
    <message>
        <source>First responders</source>
        <extracomment>Label in the bundled catalogue of the audience first-responders</extracomment>
        <translation>प्रथम प्रतिकार्यकर्ता</translation>
    </message>
    <message>
        <source>Fisheries officers</source>
        <extracomment>Label in the bundled catalogue of the audience fisheries-officers</extracomment>
        <translation>मत्स्य अधिकारी</translation>
    </message>
    <message>
        <source>Frontline actors</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-actors</extracomment>
        <translation>अग्रपङ्क्तिका पक्ष</translation>
    </message>
    <message>
        <source>Frontline agencies</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-agencies</extracomment>
        <translation>अग्रपङ्क्तिका निकाय</translation>
    </message>
    <message>
        <source>Frontline organisations</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-organisations</extracomment>
        <translation>अग्रपङ्क्तिका संस्था</translation>
    </message>
    <message>
        <source>Frontline practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-practitioners</extracomment>
        <translation>अग्रपङ्क्तिका अभ्यासकर्ता</translation>
    </message>
    <message>
        <source>Frontline responders</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-responders</extracomment>
        <translation>अग्रपङ्क्तिका प्रतिकार्यकर्ता</translation>
    </message>
    <message>
        <source>Frontline screening officers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-screening-officers</extracomment>
        <translation>अग्रपङ्क्तिका प्रारम्भिक जाँच अधिकारी</translation>
    </message>
    <message>
        <source>Frontline staff (government, international organisations, NGOs)</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-staff-government-io-ngo</extracomment>
        <translation>अग्रपङ्क्तिका कर्मचारी (सरकार, अन्तर्राष्ट्रिय संस्था, गैरसरकारी संस्था)</translation>
    </message>
    <message>
        <source>Frontline support workers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-support-workers</extracomment>
        <translation>अग्रपङ्क्तिका सहयोगकर्मी</translation>
    </message>
    <message>
        <source>General public</source>
        <extracomment>Label in the bundled catalogue of the audience general-public</extracomment>
        <translation>आम जनता</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience government-agencies</extracomment>
        <translation>सरकारी निकाय</translation>
    </message>
    <message>
        <source>Government officials</source>
        <extracomment>Label in the bundled catalogue of the audience government-officials</extracomment>
        <translation>सरकारी अधिकारी</translation>
    </message>
    <message>
        <source>Government service providers</source>
        <extracomment>Label in the bundled catalogue of the audience government-service-providers</extracomment>
        <translation>सरकारी सेवाप्रदायक</translation>
    </message>
    <message>
        <source>Governments</source>
        <extracomment>Label in the bundled catalogue of the audience governments</extracomment>
        <translation>सरकारहरू</translation>
    </message>
    <message>
        <source>Health and social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience health-and-social-service-providers</extracomment>
        <translation>स्वास्थ्य तथा सामाजिक सेवाप्रदायक</translation>
    </message>
    <message>
        <source>Health workers</source>
        <extracomment>Label in the bundled catalogue of the audience health-workers</extracomment>
        <translation>स्वास्थ्यकर्मी</translation>
    </message>
    <message>
        <source>Helplines</source>
        <extracomment>Label in the bundled catalogue of the audience helplines</extracomment>
        <translation>हेल्पलाइन</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <extracomment>Label in the bundled catalogue of the audience hospitals</extracomment>
        <translation>अस्पताल</translation>
    </message>
    <message>
        <source>HR staff</source>
        <extracomment>Label in the bundled catalogue of the audience hr-staff</extracomment>
        <translation>मानव संसाधन कर्मचारी</translation>
    </message>
    <message>
        <source>Humanitarian actors</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-actors</extracomment>
        <translation>मानवीय क्षेत्रका पक्ष</translation>
    </message>
    <message>
        <source>Humanitarian workers</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-workers</extracomment>
        <translation>मानवीय सहायताकर्मी</translation>
    </message>
    <message>
        <source>Identifying authorities</source>
        <extracomment>Label in the bundled catalogue of the audience identifying-authorities</extracomment>
        <translation>पहिचान गर्ने अधिकारी</translation>
    </message>
    <message>
        <source>Immigration officials</source>
        <extracomment>Label in the bundled catalogue of the audience immigration-officials</extracomment>
        <translation>अध्यागमन अधिकारी</translation>
    </message>
    <message>
        <source>Implementing agencies</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-agencies</extracomment>
        <translation>कार्यान्वयन गर्ने निकाय</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-partners</extracomment>
        <translation>कार्यान्वयन साझेदार</translation>
    </message>
    <message>
        <source>Industry</source>
        <extracomment>Label in the bundled catalogue of the audience industry</extracomment>
        <translation>उद्योग</translation>
    </message>
    <message>
        <source>IOM and UNHCR country offices</source>
        <extracomment>Label in the bundled catalogue of the audience iom-and-unhcr-country-offices</extracomment>
        <translation>IOM र UNHCR का देशगत कार्यालय</translation>
    </message>
    <message>
        <source>Judges</source>
        <extracomment>Label in the bundled catalogue of the audience judges</extracomment>
        <translation>न्यायाधीश</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <extracomment>Label in the bundled catalogue of the audience labour-inspectors</extracomment>
        <translation>श्रम निरीक्षक</translation>
    </message>
    <message>
        <source>Labour officials</source>
        <extracomment>Label in the bundled catalogue of the audience labour-officials</extracomment>
        <translation>श्रम अधिकारी</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <extracomment>Label in the bundled catalogue of the audience law-enforcement</extracomment>
        <translation>कानून कार्यान्वयनकर्ता</translation>
    </message>
    <message>
        <source>Legal case workers</source>
        <extracomment>Label in the bundled catalogue of the audience legal-case-workers</extracomment>
        <translation>कानूनी केस कार्यकर्ता</translation>
    </message>
    <message>
        <source>Legal practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience legal-practitioners</extracomment>
        <translation>कानून व्यवसायी</translation>
    </message>
    <message>
        <source>Local authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience local-authority-staff</extracomment>
        <translation>स्थानीय निकायका कर्मचारी</translation>
    </message>
    <message>
        <source>Local government</source>
        <extracomment>Label in the bundled catalogue of the audience local-government</extracomment>
        <translation>स्थानीय सरकार</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Label in the bundled catalogue of the audience media</extracomment>
        <translation>सञ्चारमाध्यम</translation>
    </message>
    <message>
        <source>Mental health clinicians</source>
        <extracomment>Label in the bundled catalogue of the audience mental-health-clinicians</extracomment>
        <translation>मानसिक स्वास्थ्य चिकित्सक</translation>
    </message>
    <message>
        <source>Multidisciplinary teams</source>
        <extracomment>Label in the bundled catalogue of the audience multi-disciplinary-teams</extracomment>
        <translation>बहुविधागत टोली</translation>
    </message>
    <message>
        <source>NGO staff</source>
        <extracomment>Label in the bundled catalogue of the audience ngo-staff</extracomment>
        <translation>गैरसरकारी संस्थाका कर्मचारी</translation>
    </message>
    <message>
        <source>Non-state actors supporting governments</source>
        <extracomment>Label in the bundled catalogue of the audience non-state-actors-supporting-governments</extracomment>
        <translation>सरकारलाई सहयोग गर्ने गैरराज्य पक्ष</translation>
    </message>
    <message>
        <source>National referral mechanism (NRM) stakeholders</source>
        <extracomment>Label in the bundled catalogue of the audience nrm-stakeholders</extracomment>
        <translation>राष्ट्रिय प्रेषण संयन्त्र (NRM) का सरोकारवाला</translation>
    </message>
    <message>
        <source>Paediatricians</source>
        <extracomment>Label in the bundled catalogue of the audience paediatricians</extracomment>
        <translation>बाल रोग विशेषज्ञ</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <extracomment>Label in the bundled catalogue of the audience partner-agencies</extracomment>
        <translation>साझेदार निकाय</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Label in the bundled catalogue of the audience police</extracomment>
        <translation>प्रहरी</translation>
    </message>
    <message>
        <source>Police first responders</source>
        <extracomment>Label in the bundled catalogue of the audience police-first-responders</extracomment>
        <translation>प्रथम प्रतिकार्य गर्ने प्रहरी</translation>
    </message>
    <message>
        <source>Police investigators</source>
        <extracomment>Label in the bundled catalogue of the audience police-investigators</extracomment>
        <translation>प्रहरी अनुसन्धानकर्ता</translation>
    </message>
    <message>
        <source>Policymakers</source>
        <extracomment>Label in the bundled catalogue of the audience policymakers</extracomment>
        <translation>नीति निर्माता</translation>
    </message>
    <message>
        <source>Port authorities</source>
        <extracomment>Label in the bundled catalogue of the audience port-authorities</extracomment>
        <translation>बन्दरगाह प्राधिकरण</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience practitioners</extracomment>
        <translation>अभ्यासकर्ता</translation>
    </message>
    <message>
        <source>Probation officers</source>
        <extracomment>Label in the bundled catalogue of the audience probation-officers</extracomment>
        <translation>प्रोबेशन अधिकारी</translation>
    </message>
    <message>
        <source>Project staff</source>
        <extracomment>Label in the bundled catalogue of the audience project-staff</extracomment>
        <translation>परियोजना कर्मचारी</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <extracomment>Label in the bundled catalogue of the audience prosecutors</extracomment>
        <translation>सरकारी वकिल</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <extracomment>Label in the bundled catalogue of the audience public-authorities</extracomment>
        <translation>सार्वजनिक निकाय</translation>
    </message>
    <message>
        <source>Public health workers</source>
        <extracomment>Label in the bundled catalogue of the audience public-health-workers</extracomment>
        <translation>जनस्वास्थ्यकर्मी</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <extracomment>Label in the bundled catalogue of the audience reception-staff</extracomment>
        <translation>स्वागत केन्द्रका कर्मचारी</translation>
    </message>
    <message>
        <source>Recruitment agencies</source>
        <extracomment>Label in the bundled catalogue of the audience recruitment-agencies</extracomment>
        <translation>भर्ती एजेन्सी</translation>
    </message>
    <message>
        <source>Red Cross and Red Crescent staff and volunteers</source>
        <extracomment>Label in the bundled catalogue of the audience red-cross-red-crescent-staff-and-volunteers</extracomment>
        <translation>रेडक्रस र रेड क्रिसेन्टका कर्मचारी तथा स्वयंसेवक</translation>
    </message>
    <message>
        <source>Researchers</source>
        <extracomment>Label in the bundled catalogue of the audience researchers</extracomment>
        <translation>अनुसन्धानकर्ता</translation>
    </message>
    <message>
        <source>Service providers</source>
        <extracomment>Label in the bundled catalogue of the audience service-providers</extracomment>
        <translation>सेवाप्रदायक</translation>
    </message>
    <message>
        <source>Social affairs officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-affairs-officials</extracomment>
        <translation>सामाजिक मामिला अधिकारी</translation>
    </message>
    <message>
        <source>Social auditors</source>
        <extracomment>Label in the bundled catalogue of the audience social-auditors</extracomment>
        <translation>सामाजिक परीक्षक</translation>
    </message>
    <message>
        <source>Social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience social-service-providers</extracomment>
        <translation>सामाजिक सेवाप्रदायक</translation>
    </message>
    <message>
        <source>Social welfare officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-welfare-officials</extracomment>
        <translation>समाज कल्याण अधिकारी</translation>
    </message>
    <message>
        <source>Social workers</source>
        <extracomment>Label in the bundled catalogue of the audience social-workers</extracomment>
        <translation>सामाजिक कार्यकर्ता</translation>
    </message>
    <message>
        <source>Software developers</source>
        <extracomment>Label in the bundled catalogue of the audience software-developers</extracomment>
        <translation>सफ्टवेयर विकासकर्ता</translation>
    </message>
    <message>
        <source>Stakeholders in the fishing sector</source>
        <extracomment>Label in the bundled catalogue of the audience stakeholders-in-fishing-sector</extracomment>
        <translation>मत्स्य क्षेत्रका सरोकारवाला</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Label in the bundled catalogue of the audience states</extracomment>
        <translation>राज्यहरू</translation>
    </message>
    <message>
        <source>Statistical offices</source>
        <extracomment>Label in the bundled catalogue of the audience statistical-offices</extracomment>
        <translation>तथ्याङ्क कार्यालय</translation>
    </message>
    <message>
        <source>Support providers</source>
        <extracomment>Label in the bundled catalogue of the audience support-providers</extracomment>
        <translation>सहयोग प्रदायक</translation>
    </message>
    <message>
        <source>Tool developers</source>
        <extracomment>Label in the bundled catalogue of the audience tool-developers</extracomment>
        <translation>साधन विकासकर्ता</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <extracomment>Label in the bundled catalogue of the audience trade-unions</extracomment>
        <translation>ट्रेड युनियन</translation>
    </message>
    <message>
        <source>Trainers</source>
        <extracomment>Label in the bundled catalogue of the audience trainers</extracomment>
        <translation>प्रशिक्षक</translation>
    </message>
    <message>
        <source>USAID staff</source>
        <extracomment>Label in the bundled catalogue of the audience usaid-staff</extracomment>
        <translation>USAID का कर्मचारी</translation>
    </message>
    <message>
        <source>Victim service providers</source>
        <extracomment>Label in the bundled catalogue of the audience victim-service-providers</extracomment>
        <translation>पीडित सेवाप्रदायक</translation>
    </message>
    <message>
        <source>Village officials</source>
        <extracomment>Label in the bundled catalogue of the audience village-officials</extracomment>
        <translation>गाउँका अधिकारी</translation>
    </message>
    <message>
        <source>Village police</source>
        <extracomment>Label in the bundled catalogue of the audience village-police</extracomment>
        <translation>गाउँ प्रहरी</translation>
    </message>
    <message>
        <source>Workers&apos; and employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-and-employers-organisations</extracomment>
        <translation>श्रमिक तथा रोजगारदाताका संगठन</translation>
    </message>
    <message>
        <source>Workers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-organisations</extracomment>
        <translation>श्रमिक संगठन</translation>
    </message>
    <message>
        <source>Youth services</source>
        <extracomment>Label in the bundled catalogue of the audience youth-services</extracomment>
        <translation>युवा सेवा</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation>के-के बदलियो</translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation>यो ल्यापटपमा स्थापना गरिएको पहिलो सूचीपत्र हो: तुलना गर्ने अर्को छैन।</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>भर्सन {version}</translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation>अघिल्लो सूचीपत्र</translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation>{start} बाट &lt;b&gt;भर्सन {version}&lt;/b&gt; मा।</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>कुनै सामग्री परिवर्तन भएन।</translation>
    </message>
    <message>
        <source>New resources</source>
        <translation>नयाँ सामग्री</translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation>परिवर्तन भएका सामग्री (नयाँ संस्करण)</translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation>सूचीपत्रबाट हटाइएका</translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation>तपाईंका बुकमार्क र टिप्पणी</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>हालकै संस्करण</translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation>तपाईंका कुनै पनि बुकमार्क वा टिप्पणीमा असर परेको छैन।</translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation>नयाँ नतिजा भएका सुरक्षित खोजहरू</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} नयाँ</translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation>कुनै पनि सुरक्षित खोजमा नयाँ नतिजा छैन।</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation>RefDesk — के-के बदलियो</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>के-के बदलियो</translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation>पछिल्लो सूचीपत्र अपडेटले के-के बदल्यो, र तपाईंका बुकमार्कका लागि यसको अर्थ के हो</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>परिवर्तनहरू</translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation>सामग्रीका सूचीहरू; Tab ले लिङ्कहरूबीच सार्छ र Enter ले खोल्छ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>यो सूची बन्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation>पहिले सामग्री छान्नुहोस्; त्यसपछि Alt+5 ले त्यसबारे तपाईंको टिप्पणीमा लैजान्छ।</translation>
    </message>
    <message>
        <source>system</source>
        <translation>प्रणाली</translation>
    </message>
    <message>
        <source>light</source>
        <translation>उज्यालो</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>अँध्यारो</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>थिम: {theme}</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>अक्षरको आकार: {size} pt</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <translation>सबै</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>प्रयोग: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>विकल्पहरू</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>स्थानगत आर्गुमेन्टहरू</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>यो मद्दत सन्देश देखाउनुहोस् र बाहिरिनुहोस्</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>आर्गुमेन्ट %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>अमान्य छनोट: %(value)r (%(choices)s मध्येबाट छान्नुहोस्)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>अमान्य %(type)s मान: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>एउटा आर्गुमेन्ट चाहिन्छ</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>बढीमा एउटा आर्गुमेन्ट मात्र दिन मिल्छ</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>कम्तीमा एउटा आर्गुमेन्ट चाहिन्छ</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s आर्गुमेन्ट चाहिन्छ</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s आर्गुमेन्टहरू चाहिन्छन्</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>यी आर्गुमेन्टहरू आवश्यक छन्: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>नचिनिएका आर्गुमेन्टहरू: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>अस्पष्ट विकल्प: %(option)s ले %(matches)s मध्ये कुनै पनि जनाउन सक्छ</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>आर्गुमेन्टहरू %s मध्ये एउटा आवश्यक छ</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>आर्गुमेन्ट %s सँग प्रयोग गर्न मिल्दैन</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>स्पष्ट रूपमा दिइएको आर्गुमेन्ट %r बेवास्ता गरियो</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; खोल्न सकिएन: %(error)s</translation>
    </message>
</context>
</TS>
