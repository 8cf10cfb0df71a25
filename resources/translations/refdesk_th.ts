<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<!-- NOT YET REVIEWED by a native speaker. Thai drafted during development (machine-assisted, not by a native speaker); a native-speaking reviewer should check every message (see docs/translating.md) and then delete this line. -->
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา(&amp;S)</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>วางเคอร์เซอร์ในช่องค้นหา</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>ล้างการค้นหา(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>ล้างข้อความในช่องค้นหา</translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation>ใช้คำสะกดที่แนะนำ(&amp;S)</translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation>ค้นหาด้วยคำใน “หมายถึง…ใช่ไหม”</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>ล้างตัวกรอง(&amp;F)</translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation>เอาตัวกรองทั้งหมดและช่วงปีออก</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>เรียงตามความเกี่ยวข้อง(&amp;R)</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>รายการที่ตรงที่สุดก่อน</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>เรียงจากใหม่สุด(&amp;N)</translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation>ปีล่าสุดก่อน</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>เรียงตามชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation>เรียงชื่อเรื่องตามตัวอักษร</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>ตัวกรอง(&amp;F)</translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation>ไปที่ตัวกรองทางซ้าย</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>ผลการค้นหา(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation>ไปที่รายการผลการค้นหา</translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation>รายละเอียดเอกสาร(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation>ไปที่เอกสารที่เลือกทางขวา</translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation>แถบบุ๊กมาร์ก(&amp;B)</translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation>ไปที่บุ๊กมาร์ก คอลเลกชัน รายการล่าสุด และการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation>บันทึกของฉัน(&amp;N)</translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation>ไปที่บันทึกของคุณสำหรับเอกสารที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation>บุ๊กมาร์กเอกสารนี้(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation>บุ๊กมาร์กเอกสารที่เลือก หรือเอาบุ๊กมาร์กออก</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>เพิ่มในคอลเลกชัน(&amp;C)…</translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation>ใส่เอกสารที่เลือกในคอลเลกชัน หรือนำออก</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation>รับทราบฉบับใหม่(&amp;A)</translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation>ทำเครื่องหมายว่าเห็นเอกสารที่เปลี่ยนแล้ว: บุ๊กมาร์กและบันทึกจะย้ายไปอยู่กับฉบับใหม่</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>คอลเลกชันใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation>สร้างคอลเลกชันว่าง</translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation>บันทึกการค้นหานี้(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation>เก็บคำค้นและตัวกรองไว้ หลังการอัปเดตแต่ละครั้งจะแสดงว่ามีผลลัพธ์ใหม่กี่รายการ</translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation>แสดงหรือซ่อนแถบด้านข้าง(&amp;O)</translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation>บุ๊กมาร์ก คอลเลกชัน เอกสารล่าสุด และการค้นหาที่บันทึกไว้ทางซ้าย</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>เปิดเอกสาร(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation>เปิดเอกสารของรายการที่เลือกที่หน้าที่ตรงที่สุด</translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation>กลับไปที่ผลการค้นหา(&amp;B)</translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation>ปิดเอกสารและกลับไปที่ผลการค้นหา</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>ค้นหาในเอกสาร(&amp;F)</translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation>ค้นหาในเอกสารที่เปิดอยู่ หลายคำจะถูกไฮไลต์แยกกัน</translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation>คำที่พบถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>ไปที่คำที่ไฮไลต์ถัดไป</translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation>คำที่พบก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>ไปที่คำที่ไฮไลต์ก่อนหน้า</translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation>หน้าถัดไป(&amp;G)</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>แสดงหน้าถัดไป</translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation>หน้าก่อนหน้า(&amp;A)</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>แสดงหน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>ไปที่หน้า…</translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation>พิมพ์เลขหน้า</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ขยาย(&amp;I)</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>ทำให้หน้าใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>ย่อ(&amp;U)</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>ทำให้หน้าเล็กลง</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>พอดีความกว้าง(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>ปรับหน้าให้พอดีกับความกว้างของหน้าต่าง</translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation>คัดลอกที่อยู่เว็บของเอกสาร(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation>คัดลอก URL หลัก RefDesk จะไม่เปิดลิงก์นี้เอง</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>ตัวอักษรใหญ่ขึ้น(&amp;L)</translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation>เพิ่มขนาดตัวอักษร (จำค่าไว้)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>ตัวอักษรเล็กลง(&amp;S)</translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation>ลดขนาดตัวอักษร (จำค่าไว้)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>ขนาดตัวอักษรปกติ(&amp;N)</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation>ใช้ขนาดตัวอักษรของระบบ</translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation>ใช้ธีมตามระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>สว่างหรือมืดตามที่ตั้งค่าในระบบ</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>ธีมสว่าง(&amp;G)</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>ตัวอักษรสีเข้มบนพื้นสว่าง</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>ธีมมืด(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>ตัวอักษรสีอ่อนบนพื้นมืด</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>สลับธีม(&amp;T)</translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation>ตามระบบ แล้วสว่าง แล้วมืด</translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation>ตรวจหาการอัปเดต(&amp;C)…</translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation>ถามแหล่งอัปเดตว่ามีแคตตาล็อกใหม่กว่าหรือไม่ จะแสดงขนาดก่อนดาวน์โหลด</translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation>นำเข้าการอัปเดตจากไฟล์(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation>ติดตั้งชุดอัปเดต .zip เช่น จากแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation>นำเข้าการอัปเดตจากโฟลเดอร์(&amp;F)…</translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation>ติดตั้งการอัปเดตจากโฟลเดอร์คลังข้อมูล</translation>
    </message>
    <message>
        <source>&amp;Export update bundle…</source>
        <translation>ส่งออกชุดอัปเดต(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick</source>
        <translation>บันทึกแคตตาล็อกที่ติดตั้งไว้เป็นไฟล์ .zip ที่มีลายเซ็นสำหรับเครื่องอื่น เช่น ลงในแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง(&amp;W)</translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation>สิ่งที่การอัปเดตครั้งล่าสุดเปลี่ยน รวมถึงผลต่อบุ๊กมาร์กและการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation>ตั้งค่าการอัปเดต(&amp;S)…</translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation>แหล่งอัปเดต พร็อกซี และการตรวจอัตโนมัติเมื่อเริ่มโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>บันทึกการใช้เครือข่าย(&amp;N)</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation>ทุกคำขอที่ RefDesk ส่งผ่านเครือข่าย</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>รายการนี้</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>ปิด RefDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation>↓ หรือ Enter ในช่องค้นหา</translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation>ไปที่ผลลัพธ์แรก</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation>↑ ↓, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation>เลื่อนไปตามผลการค้นหา รายละเอียดจะเปลี่ยนตาม</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation>เปิดเอกสารที่หน้าที่ตรงที่สุด</translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation>↑ ที่ผลลัพธ์แรก</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>กลับไปที่ช่องค้นหา</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation>↑ ↓, → ←</translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation>เลื่อนไปตามตัวกรอง เปิดหรือปิดกลุ่ม</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Space หรือ Enter</translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation>เลือกหรือยกเลิกค่าตัวกรอง</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Enter</translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation>เลื่อนระหว่างลิงก์ของเอกสารและเปิดลิงก์</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation>Enter หรือคลิก</translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation>เปิดเอกสาร หรือเรียกใช้การค้นหาที่บันทึกไว้และทำเครื่องหมายว่าเห็นแล้ว</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>เปลี่ยนชื่อคอลเลกชัน</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation>เอาบุ๊กมาร์กออก นำออกจากคอลเลกชัน หรือลบคอลเลกชันหรือการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>ปุ่มเมนู หรือ Shift+F10</translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation>เพิ่มเติม: รับทราบฉบับใหม่ เปิดฉบับที่มาแทน</translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation>Tab จากปุ่ม</translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation>เข้าไปในบันทึกของคุณ ระบบบันทึกให้ขณะพิมพ์</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสารที่เปิด</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation>Enter / Shift+Enter ในช่องค้นหาในเอกสาร</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>คำที่พบถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>ทุกที่</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>เลื่อนไปมาระหว่างส่วนต่าง ๆ ของหน้าต่าง</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>บุ๊กมาร์ก(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>เอกสาร(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>อัปเดต(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>menu only</source>
        <translation>ในเมนูเท่านั้น</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>การเลื่อนไปมา</translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation>{area}: {does}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;refdesk --help&apos;)</source>
        <translation>{message} (ดู &apos;refdesk --help&apos;)</translation>
    </message>
    <message>
        <source>Offline reference desk for identifying and referring victims of trafficking.</source>
        <translation>แหล่งข้อมูลอ้างอิงแบบออฟไลน์สำหรับการคัดแยกและส่งต่อผู้เสียหายจากการค้ามนุษย์</translation>
    </message>
    <message>
        <source>where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)</source>
        <translation>โฟลเดอร์ที่ RefDesk เก็บข้อมูล (ค่าเริ่มต้น: $REFDESK_HOME หากไม่มีจะใช้โฟลเดอร์ข้อมูลผู้ใช้)</translation>
    </message>
    <message>
        <source>show RefDesk&apos;s version and exit</source>
        <translation>แสดงรุ่นของ RefDesk แล้วออก</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>เปิดหน้าต่างโปรแกรม (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>ค้นหาในแคตตาล็อกและทุกหน้าของเอกสาร</translation>
    </message>
    <message>
        <source>one resource with all its fields and documents</source>
        <translation>แสดงเอกสารหนึ่งรายการพร้อมข้อมูลทุกช่องและไฟล์เอกสาร</translation>
    </message>
    <message>
        <source>open a resource&apos;s document in the app&apos;s viewer</source>
        <translation>เปิดไฟล์เอกสารของรายการในโปรแกรมดูของ RefDesk</translation>
    </message>
    <message>
        <source>the page to open at (1 is the first)</source>
        <translation>หน้าที่จะเปิด (1 คือหน้าแรก)</translation>
    </message>
    <message>
        <source>app version, data dir and installed catalogue</source>
        <translation>รุ่นของโปรแกรม โฟลเดอร์ข้อมูล และแคตตาล็อกที่ติดตั้ง</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>ต้องเป็น 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>ต้องเป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); details are in {log_file}.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({error}) รายละเอียดอยู่ใน {log_file}</translation>
    </message>
    <message>
        <source>The desktop window cannot start here ({reason}); the command line still works.</source>
        <translation>เปิดหน้าต่างโปรแกรมที่นี่ไม่ได้ ({reason}) แต่ยังใช้บรรทัดคำสั่งได้</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no document stored in RefDesk; &apos;refdesk show {id}&apos; gives its web address.</source>
        <translation>&apos;{id}&apos; ไม่มีไฟล์เอกสารเก็บไว้ใน RefDesk ใช้ &apos;refdesk show {id}&apos; เพื่อดูที่อยู่เว็บ</translation>
    </message>
    <message numerus="yes">
        <source>--page {page} is past the end: the document has %n page(s)</source>
        <translation>
            <numerusform>--page {page} เกินหน้าสุดท้าย: เอกสารมี %n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>โฟลเดอร์ข้อมูล: {path}</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>แคตตาล็อก:</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>ยังไม่ได้ติดตั้ง</translation>
    </message>
    <message>
        <source>{title} ({id}), version {version}, published {published}</source>
        <translation>{title} ({id}) รุ่น {version} เผยแพร่ {published}</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>เอกสาร %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>ไฟล์เอกสาร %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for: {query}</source>
        <translation>แสดงผลการค้นหาสำหรับ: {query}</translation>
    </message>
    <message>
        <source>No results for &apos;{query}&apos;. Try fewer or different words.</source>
        <translation>ไม่พบผลการค้นหาสำหรับ &apos;{query}&apos; ลองใช้คำน้อยลงหรือคำอื่น</translation>
    </message>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>ผลการค้นหา %n รายการ ({first}-{last}) ใช้เวลา {took} มิลลิวินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>หน้า {page}</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>รหัส:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>ผู้จัดพิมพ์:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>ปี:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>หัวข้อ:</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>กลุ่มผู้ใช้:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>ภูมิภาค:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>ลิงก์:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>สัญญาอนุญาต:</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>ใช้แทน:</translation>
    </message>
    <message>
        <source>Superseded by:</source>
        <translation>ถูกแทนที่โดย:</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>ฉบับแปล:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>ไฟล์เอกสาร:</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>bring the catalogue up to date from signed releases</source>
        <translation>อัปเดตแคตตาล็อกให้เป็นรุ่นล่าสุดจากรุ่นเผยแพร่ที่มีลายเซ็น</translation>
    </message>
    <message>
        <source>https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)</source>
        <translation>ที่อยู่ https:// โฟลเดอร์ หรือชุดไฟล์ .zip ระบุซ้ำได้สำหรับมิเรอร์ (ค่าเริ่มต้น: แหล่งอัปเดตที่บันทึกไว้)</translation>
    </message>
    <message>
        <source>the publisher&apos;s root of trust</source>
        <translation>รากความเชื่อถือ (root of trust) ของผู้จัดพิมพ์</translation>
    </message>
    <message>
        <source>report what would be downloaded; change nothing</source>
        <translation>แจ้งว่าจะดาวน์โหลดอะไรบ้าง โดยไม่เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>อ่าน --trust {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>add or remove a bookmark</source>
        <translation>เพิ่มหรือเอาบุ๊กมาร์กออก</translation>
    </message>
    <message>
        <source>bookmark a resource</source>
        <translation>บุ๊กมาร์กเอกสาร</translation>
    </message>
    <message>
        <source>remove a bookmark (its note stays)</source>
        <translation>เอาบุ๊กมาร์กออก (บันทึกยังอยู่)</translation>
    </message>
    <message>
        <source>list bookmarks with their status</source>
        <translation>แสดงรายการบุ๊กมาร์กพร้อมสถานะ</translation>
    </message>
    <message>
        <source>set the note on a resource (&quot;&quot; clears it)</source>
        <translation>ตั้งบันทึกของเอกสาร (&quot;&quot; เพื่อล้างบันทึก)</translation>
    </message>
    <message>
        <source>export or import bookmarks, notes, collections</source>
        <translation>ส่งออกหรือนำเข้าบุ๊กมาร์ก บันทึก และคอลเลกชัน</translation>
    </message>
    <message>
        <source>write a portable JSON file</source>
        <translation>เขียนไฟล์ JSON ที่นำไปใช้กับเครื่องอื่นได้</translation>
    </message>
    <message>
        <source>merge a file exported on another laptop</source>
        <translation>รวมไฟล์ที่ส่งออกจากเครื่องอื่นเข้ามา</translation>
    </message>
    <message>
        <source>Bookmarked {id}.</source>
        <translation>บุ๊กมาร์ก {id} แล้ว</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked.</source>
        <translation>&apos;{id}&apos; ไม่ได้บุ๊กมาร์กไว้</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}.</source>
        <translation>เอาบุ๊กมาร์กของ {id} ออกแล้ว</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: refdesk bookmark add ID</source>
        <translation>ยังไม่มีบุ๊กมาร์ก เพิ่มได้ด้วย: refdesk bookmark add ID</translation>
    </message>
    <message>
        <source>(superseded by {id})</source>
        <translation>(ถูกแทนที่โดย {id})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>บันทึก: {note}</translation>
    </message>
    <message>
        <source>Note cleared.</source>
        <translation>ล้างบันทึกแล้ว</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Exported to {file}: {counts}</source>
        <translation>ส่งออกไปยัง {file} แล้ว: {counts}</translation>
    </message>
    <message>
        <source>Imported from {file}, new: {counts}</source>
        <translation>นำเข้าจาก {file} แล้ว รายการใหม่: {counts}</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>bookmark status</comment>
        <translation>มีฉบับใหม่</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>bookmark status</comment>
        <translation>ถูกแทนที่</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>bookmark status</comment>
        <translation>ถูกถอนออก</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>บุ๊กมาร์ก %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>บันทึก %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collections</source>
        <translation>
            <numerusform>คอลเลกชัน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection items</source>
        <translation>
            <numerusform>รายการในคอลเลกชัน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent</source>
        <comment>resources opened recently</comment>
        <translation>
            <numerusform>ดูล่าสุด %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>การค้นหาที่บันทึกไว้ %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation>หน้าเอกสาร</translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation>หน้าของไฟล์ PDF คำที่ค้นหาถูกไฮไลต์ไว้</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>ข้อความของเอกสาร</translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation>ข้อความของเอกสาร คำที่ค้นหาถูกไฮไลต์ไว้</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← ผลการค้นหา</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>กลับไปที่ผลการค้นหา</translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation>ปิดเอกสารและกลับไปที่ผลการค้นหา (Esc)</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>ชื่อเอกสาร</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>ค้นหาในเอกสาร</translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation>คำที่จะไฮไลต์ในเอกสาร แต่ละคำแยกกัน ใช้เครื่องหมายคำพูดสำหรับวลี Enter ไปที่คำที่พบถัดไป Shift+Enter ไปที่คำก่อนหน้า</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>คำที่พบก่อนหน้า (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>คำที่พบถัดไป (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>คำที่พบ</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>หน้าก่อนหน้า (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>เลขหน้า</translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation>หน้าที่แสดงอยู่ พิมพ์เลขหน้าแล้วกด Enter เพื่อไปที่หน้านั้น (Ctrl+L)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>จำนวนหน้า</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>หน้าถัดไป (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation>ย่อ (Ctrl+Alt+ลบ)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>การซูม</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation>ขยาย (Ctrl+Alt+บวก)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>คำที่พบก่อนหน้า</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>คำที่พบถัดไป</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อนหน้า</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation>ปรับหน้าให้พอดีกับความกว้างของหน้าต่าง (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>ไม่พบคำนี้</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} จาก {total}</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>พบ {count} แห่ง</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>จาก {count}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RefDesk — something went wrong</source>
        <translation>RefDesk — เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด รายละเอียดอยู่ใน {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation>&lt;b&gt;เกิดข้อผิดพลาดที่ไม่คาดคิด คุณยังทำงานต่อได้&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk บันทึกรายละเอียด ({kind}) ไว้ในไฟล์บันทึก:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;หากเกิดขึ้นอีก โปรดส่งไฟล์นั้นให้ผู้ที่ดูแล RefDesk ให้คุณ</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>ข้อความแจ้งข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation>คัดลอกตำแหน่งไฟล์บันทึก</translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation>คัดลอกที่อยู่ของไฟล์บันทึกไปยังคลิปบอร์ด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>ปิดข้อความนี้</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>ยกเลิกแล้ว ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The search index in {folder} cannot be opened ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>เปิดดัชนีค้นหาใน {folder} ไม่ได้ ({reason}) โปรดติดตั้งแคตตาล็อกใหม่ด้วย &apos;refdesk update&apos;</translation>
    </message>
    <message>
        <source>No catalogue is installed to apply an update to.</source>
        <translation>ยังไม่ได้ติดตั้งแคตตาล็อกที่จะนำการอัปเดตไปใช้</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space and try again. The installed catalogue was not changed.</source>
        <translation>ดิสก์ที่เก็บ {folder} เต็ม โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง แคตตาล็อกที่ติดตั้งไว้ไม่ได้เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The new catalogue holds {resources} resources and {documents} documents, expected {expected_resources} and {expected_documents}; it was not installed.</source>
        <translation>แคตตาล็อกใหม่มีเอกสาร {resources} รายการและไฟล์เอกสาร {documents} ไฟล์ แต่ควรมี {expected_resources} และ {expected_documents} จึงไม่ได้ติดตั้ง</translation>
    </message>
    <message>
        <source>The new catalogue is not the version it should be; it was not installed.</source>
        <translation>แคตตาล็อกใหม่ไม่ใช่รุ่นที่ควรเป็น จึงไม่ได้ติดตั้ง</translation>
    </message>
    <message>
        <source>The updated catalogue does not match what the publisher signed; it was not installed.</source>
        <translation>แคตตาล็อกที่อัปเดตไม่ตรงกับที่ผู้จัดพิมพ์ลงลายเซ็นไว้ จึงไม่ได้ติดตั้ง</translation>
    </message>
    <message>
        <source>The new search index is incomplete; it was not installed.</source>
        <translation>ดัชนีค้นหาใหม่ไม่สมบูรณ์ จึงไม่ได้ติดตั้ง</translation>
    </message>
    <message>
        <source>The release&apos;s {what} cannot be read ({reason}); nothing was applied.</source>
        <translation>อ่าน {what} ของรุ่นเผยแพร่ไม่ได้ ({reason}) จึงไม่ได้นำการเปลี่ยนแปลงใดไปใช้</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a catalogue file; nothing was applied.</source>
        <translation>{what} ของรุ่นเผยแพร่ไม่ใช่ไฟล์แคตตาล็อก จึงไม่ได้นำการเปลี่ยนแปลงใดไปใช้</translation>
    </message>
    <message>
        <source>catalogue snapshot</source>
        <translation>สแนปช็อตแคตตาล็อก</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue snapshot is malformed ({reason}).</source>
        <translation>สแนปช็อตแคตตาล็อกของรุ่นเผยแพร่มีรูปแบบไม่ถูกต้อง ({reason})</translation>
    </message>
    <message>
        <source>catalogue delta</source>
        <translation>ส่วนต่างของแคตตาล็อก</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue delta is malformed ({reason}).</source>
        <translation>ส่วนต่างของแคตตาล็อกในรุ่นเผยแพร่มีรูปแบบไม่ถูกต้อง ({reason})</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a {format} file; nothing was applied.</source>
        <translation>{what} ของรุ่นเผยแพร่ไม่ใช่ไฟล์ {format} จึงไม่ได้นำการเปลี่ยนแปลงใดไปใช้</translation>
    </message>
    <message>
        <source>The release&apos;s {what} needs a newer RefDesk; install the newer version of the app.</source>
        <translation>{what} ของรุ่นเผยแพร่ต้องใช้ RefDesk รุ่นใหม่กว่า โปรดติดตั้งโปรแกรมรุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from this installation ({folder}); reinstall RefDesk.</source>
        <translation>ไม่พบแคตตาล็อกที่มากับโปรแกรมในการติดตั้งนี้ ({folder}) โปรดติดตั้ง RefDesk ใหม่</translation>
    </message>
    <message>
        <source>No catalogue is installed yet; run &apos;refdesk update&apos; or start the app once.</source>
        <translation>ยังไม่ได้ติดตั้งแคตตาล็อก โปรดเรียกใช้ &apos;refdesk update&apos; หรือเปิดโปรแกรมหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>No resource with id &apos;{id}&apos; in the installed catalogue.</source>
        <translation>ไม่มีเอกสารรหัส &apos;{id}&apos; ในแคตตาล็อกที่ติดตั้ง</translation>
    </message>
    <message>
        <source>The document {document}… is missing from {folder}; run &apos;refdesk update&apos; to restore it.</source>
        <translation>ไม่พบไฟล์เอกสาร {document}… ใน {folder} โปรดเรียกใช้ &apos;refdesk update&apos; เพื่อกู้คืน</translation>
    </message>
    <message>
        <source>The catalogue database {path} is missing; run &apos;refdesk update&apos; to reinstall it.</source>
        <translation>ไม่พบฐานข้อมูลแคตตาล็อก {path} โปรดเรียกใช้ &apos;refdesk update&apos; เพื่อติดตั้งใหม่</translation>
    </message>
    <message>
        <source>The catalogue database {path} cannot be read ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>อ่านฐานข้อมูลแคตตาล็อก {path} ไม่ได้ ({reason}) โปรดติดตั้งแคตตาล็อกใหม่ด้วย &apos;refdesk update&apos;</translation>
    </message>
    <message>
        <source>The catalogue database {path} is incomplete; reinstall the catalogue.</source>
        <translation>ฐานข้อมูลแคตตาล็อก {path} ไม่สมบูรณ์ โปรดติดตั้งแคตตาล็อกใหม่</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer RefDesk; install the newer version of the app.</source>
        <translation>แคตตาล็อกนี้เขียนโดย RefDesk รุ่นใหม่กว่า โปรดติดตั้งโปรแกรมรุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>The catalogue database {path} is damaged ({reason}); reinstall the catalogue.</source>
        <translation>ฐานข้อมูลแคตตาล็อก {path} เสียหาย ({reason}) โปรดติดตั้งแคตตาล็อกใหม่</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>อ่าน {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{path} names a generation that does not exist; delete that file and run &apos;refdesk update&apos; to reinstall the catalogue.</source>
        <translation>{path} ระบุชุดข้อมูล (generation) ที่ไม่มีอยู่ โปรดลบไฟล์นั้นแล้วเรียกใช้ &apos;refdesk update&apos; เพื่อติดตั้งแคตตาล็อกใหม่</translation>
    </message>
    <message>
        <source>Another RefDesk process is updating {folder}; try again when it finishes.</source>
        <translation>RefDesk อีกโปรเซสหนึ่งกำลังอัปเดต {folder} อยู่ โปรดลองอีกครั้งเมื่อเสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <translation>{name}, {count} รายการ</translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation>{name}, {count} รายการ</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, เลือกแล้ว</translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation>ตัวกรอง{title}, {count} ค่า</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, เลือกแล้ว {count} ค่า</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;ตัวกรอง&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation>เอาตัวกรองที่เลือกทั้งหมดและช่วงปีออก</translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation>ตัวกรองตามหมวด</translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation>กลุ่มตัวกรองพร้อมจำนวนเอกสารที่ตรงกัน Space หรือ Enter เพื่อเลือกค่า ค่าที่เลือกในกลุ่มเดียวกันรวมกันแบบ OR (อย่างใดอย่างหนึ่ง) ระหว่างกลุ่มรวมกันแบบ AND (ทุกกลุ่ม)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>ตั้งแต่ปี</translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation>เฉพาะเอกสารที่เผยแพร่ในปีนี้หรือหลังจากนั้น</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>ถึงปี</translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation>เฉพาะเอกสารที่เผยแพร่ในปีนี้หรือก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>What a screen reader says for the dash between the two year boxes (&quot;2005 to 2020&quot;).</extracomment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation>ปีของผลการค้นหาเหล่านี้</translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation>ผลการค้นหาจากปี {years}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation>RefDesk — แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation>คำสั่งทั้งหมดของ RefDesk และแป้นที่ใช้เรียก</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>รายการแป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation>ตารางคำสั่งและแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>ปิดรายการแป้นพิมพ์ลัด</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation>“{title}” ไม่มีเอกสารเก็บไว้ใน RefDesk ที่อยู่เว็บแสดงอยู่ในรายละเอียด</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <translation>เลือกเอกสารก่อน แล้วกด Ctrl+D เพื่อบุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>บุ๊กมาร์กแล้ว</translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation>เอาบุ๊กมาร์กออกแล้ว บันทึกของคุณ (ถ้ามี) ยังเก็บไว้</translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation>ต้องรับทราบเฉพาะบุ๊กมาร์กหรือบันทึกของเอกสารที่มีฉบับใหม่เท่านั้น</translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation>รับทราบแล้ว: บุ๊กมาร์กและบันทึกย้ายไปอยู่กับฉบับใหม่แล้ว</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>เพิ่มใน “{name}” แล้ว</translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation>นำออกจาก “{name}” แล้ว</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>คอลเลกชันใหม่</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>ชื่อคอลเลกชันใหม่:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>เปลี่ยนชื่อคอลเลกชัน</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>ชื่อใหม่ของ “{name}”:</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation>ลบคอลเลกชัน “{name}” แล้ว บุ๊กมาร์กยังอยู่</translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation>บันทึกการค้นหา “{name}” แล้ว หลังการอัปเดตแต่ละครั้งจะแสดงสิ่งที่ใหม่สำหรับการค้นหานี้</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>กลุ่มผู้ใช้</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <extracomment>The submenu of View that chooses the window&apos;s language. Its accelerator letter must differ from those of the other View entries (Larger text, Smaller text, Normal size, the themes).</extracomment>
        <translation>ภาษา(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>The language of the operating system when RefDesk speaks it, else English</source>
        <translation>ภาษาของระบบปฏิบัติการหาก RefDesk รองรับ มิฉะนั้นใช้ภาษาอังกฤษ</translation>
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
        <translation>ค้นหาและอ่านแคตตาล็อกเอกสารอ้างอิงแบบออฟไลน์</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>กำลังเปิดแคตตาล็อก…</translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation>ติดตั้งแคตตาล็อกแล้วและพร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation>เปิดแคตตาล็อกไม่ได้

{reason}</translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation>กำลังเตรียมแคตตาล็อกสำหรับการใช้งานครั้งแรก (ทำเพียงครั้งเดียว): {step}…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation>ไม่พบรายการที่ตรงกัน ลองใช้คำน้อยลงหรือคำอื่น ตรวจการสะกด หรือล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>การค้นหาล้มเหลว</translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation>RefDesk ไม่เปิดหน้าเว็บ ที่อยู่คือ {url}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>ใช้ชื่อนี้</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>ปิดโดยไม่เปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>ใช้เวลา</translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation>RefDesk — บันทึกการใช้เครือข่าย</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>บันทึกการใช้เครือข่าย</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation>ทุกคำขอที่ RefDesk ส่งผ่านเครือข่าย ใหม่สุดก่อน</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation>หนึ่งแถวต่อหนึ่งคำขอ: เวลา วิธี ที่อยู่ สถานะ จำนวนไบต์ที่ได้รับ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>อ่านบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>ปิดบันทึกการใช้เครือข่าย</translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation>RefDesk ยังไม่เคยส่งคำขอใดจากเครื่องนี้ โปรแกรมทำงานแบบออฟไลน์ และจะออนไลน์เพื่อตรวจหาการอัปเดตเมื่อคุณสั่งเท่านั้น</translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} คำขอ ได้รับ {size}: ทุกคำขอที่ RefDesk ส่ง ล้วนเป็นการตรวจหาและดาวน์โหลดการอัปเดต การค้นหา บุ๊กมาร์ก และบันทึก ไม่เคยออกจากเครื่องนี้</translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} คำขอ ได้รับ {size}: ทุกคำขอที่ RefDesk ส่ง ล้วนเป็นการตรวจหาและดาวน์โหลดการอัปเดต การค้นหา บุ๊กมาร์ก และบันทึก ไม่เคยออกจากเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation>ไม่มีการตอบกลับ</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation>บันทึกของคุณเกี่ยวกับเอกสารนี้: ใครตอบ อะไรได้ผล… บันทึกให้ขณะพิมพ์ และเก็บไว้ในเครื่องนี้</translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation>&lt;b&gt;บันทึกของฉัน&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>บันทึกของฉัน</translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation>บันทึกส่วนตัวของคุณเกี่ยวกับเอกสารนี้ บันทึกให้ขณะพิมพ์และคงอยู่หลังอัปเดตแคตตาล็อก (Alt+4)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation>บันทึก: {state}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>tools for catalogue publishers</source>
        <translation>เครื่องมือสำหรับผู้จัดพิมพ์แคตตาล็อก</translation>
    </message>
    <message>
        <source>validate a catalogue source folder</source>
        <translation>ตรวจสอบโฟลเดอร์ต้นฉบับของแคตตาล็อก</translation>
    </message>
    <message>
        <source>new publisher keys and KEYDIR/root.json (the trust file)</source>
        <translation>สร้างกุญแจผู้จัดพิมพ์ใหม่และ KEYDIR/root.json (ไฟล์ความเชื่อถือ)</translation>
    </message>
    <message>
        <source>add a new signed release to a static repository</source>
        <translation>เพิ่มรุ่นเผยแพร่ใหม่ที่มีลายเซ็นลงในคลังข้อมูลแบบสแตติก</translation>
    </message>
    <message>
        <source>an offline update bundle (.zip) for USB sticks</source>
        <translation>ชุดอัปเดตแบบออฟไลน์ (.zip) สำหรับแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>re-sign the bundle&apos;s timestamp to last 45 days (without: the repository&apos;s own expiry)</source>
        <translation>ลงลายเซ็นเวลาประทับ (timestamp) ของชุดอัปเดตใหม่ให้ใช้ได้ 45 วัน (หากไม่ระบุ: ใช้วันหมดอายุของคลังข้อมูลเอง)</translation>
    </message>
    <message>
        <source>New publisher keys in {keydir} (keep them secret and backed up).
Ship {root} with the app, or give it to &apos;refdesk update --trust&apos;.</source>
        <translation>สร้างกุญแจผู้จัดพิมพ์ใหม่ไว้ใน {keydir} แล้ว (เก็บเป็นความลับและสำรองไว้)
แจกจ่าย {root} ไปพร้อมกับโปรแกรม หรือส่งให้ &apos;refdesk update --trust&apos;</translation>
    </message>
    <message numerus="yes">
        <source>from {version}: %n bytes</source>
        <translation>
            <numerusform>จาก {version}: %n ไบต์</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {catalogue} version {version} to {repo}: {resources}, {documents}; snapshot {snapshot}; deltas {deltas}.</source>
        <translation>เผยแพร่ {catalogue} รุ่น {version} ไปยัง {repo} แล้ว: {resources}, {documents}; สแนปช็อต {snapshot}; ส่วนต่าง {deltas}</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>เอกสาร %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>ไฟล์เอกสาร %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n ไบต์</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no deltas</comment>
        <translation>ไม่มี</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n bytes); it can be used until {expires} UTC.</source>
        <translation>
            <numerusform>เขียน {out} แล้ว (%n ไบต์) ใช้ได้จนถึง {expires} UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing; give the folder made by &apos;refdesk publish keys&apos;.</source>
        <translation>ไม่พบ {path} โปรดระบุโฟลเดอร์ที่สร้างโดย &apos;refdesk publish keys&apos;</translation>
    </message>
    <message>
        <source>{path} is not a private key ({reason}).</source>
        <translation>{path} ไม่ใช่กุญแจส่วนตัว ({reason})</translation>
    </message>
    <message>
        <source>{path} already exists; keys are never overwritten. Choose an empty folder.</source>
        <translation>มี {path} อยู่แล้ว จะไม่เขียนทับกุญแจเด็ดขาด โปรดเลือกโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>{folder} already holds publisher keys; choose an empty folder.</source>
        <translation>{folder} มีกุญแจผู้จัดพิมพ์อยู่แล้ว โปรดเลือกโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <source>Signing releases needs the &apos;cryptography&apos; package: pip install &apos;refdesk[publish]&apos;.</source>
        <translation>การลงลายเซ็นรุ่นเผยแพร่ต้องใช้แพ็กเกจ &apos;cryptography&apos;: pip install &apos;refdesk[publish]&apos;</translation>
    </message>
    <message>
        <source>{path} is missing; {repo} is not a complete repository.</source>
        <translation>ไม่พบ {path} แสดงว่า {repo} ไม่ใช่คลังข้อมูลที่สมบูรณ์</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>อ่าน {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{repo} is not a RefDesk repository (no metadata/1.root.json).</source>
        <translation>{repo} ไม่ใช่คลังข้อมูลของ RefDesk (ไม่มี metadata/1.root.json)</translation>
    </message>
    <message>
        <source>The {role} key in the key folder is not one this repository&apos;s root trusts; give the key folder this repository was created with.</source>
        <translation>กุญแจ {role} ในโฟลเดอร์กุญแจไม่ใช่กุญแจที่ root ของคลังข้อมูลนี้เชื่อถือ โปรดระบุโฟลเดอร์กุญแจที่ใช้สร้างคลังข้อมูลนี้</translation>
    </message>
    <message>
        <source>{repo} has no release yet; run &apos;refdesk publish build&apos; first.</source>
        <translation>{repo} ยังไม่มีรุ่นเผยแพร่ โปรดเรียกใช้ &apos;refdesk publish build&apos; ก่อน</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the update bundle; free some space or choose another drive.</source>
        <translation>พื้นที่ใน {folder} ไม่พอสำหรับชุดอัปเดต โปรดเพิ่มพื้นที่ว่างหรือเลือกไดรฟ์อื่น</translation>
    </message>
    <message>
        <source>{repo} is a TUF repository without a RefDesk release.json.</source>
        <translation>{repo} เป็นคลังข้อมูล TUF ที่ไม่มี release.json ของ RefDesk</translation>
    </message>
    <message>
        <source>{repo}: the release.json in force is missing or damaged.</source>
        <translation>{repo}: release.json ที่มีผลใช้อยู่หายไปหรือเสียหาย</translation>
    </message>
    <message>
        <source>{repo} publishes the catalogue &apos;{published}&apos;, not &apos;{given}&apos;; use a separate repository for each catalogue.</source>
        <translation>{repo} เผยแพร่แคตตาล็อก &apos;{published}&apos; ไม่ใช่ &apos;{given}&apos; โปรดใช้คลังข้อมูลแยกกันสำหรับแต่ละแคตตาล็อก</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: ชื่อไฟล์ของชุดอัปเดตต้องลงท้ายด้วย .zip</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>โฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ดูใน(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>เปลี่ยนเป็นมุมมองแบบรายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>เปลี่ยนเป็นมุมมองแบบรายการ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดไฟล์(&amp;T):</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปยังโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและบุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อนอยู่(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ชนิด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation>อ่านเอกสาร {name} ไม่ได้</translation>
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
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>หน้าเว็บ</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>รายละเอียดเอกสาร</translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation>ข้อมูลทุกช่องของเอกสารที่เลือก บทสรุป ไฟล์เอกสาร ฉบับแปล และฉบับต่าง ๆ Tab เพื่อเลื่อนระหว่างลิงก์ Enter เพื่อเปิดลิงก์</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>เปิดเอกสาร</translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation>เปิดเอกสารในโปรแกรมดูของ RefDesk (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation>คัดลอกที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation>คัดลอกที่อยู่เว็บหลักของเอกสารไปยังคลิปบอร์ด (Ctrl+Shift+C) RefDesk จะไม่เปิดลิงก์นี้เอง</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ บุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>บุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation>บุ๊กมาร์กเอกสารนี้ หรือเอาบุ๊กมาร์กออก (Ctrl+D) บุ๊กมาร์กคงอยู่หลังอัปเดตแคตตาล็อก</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>คอลเลกชัน…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>คอลเลกชัน</translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation>ใส่เอกสารนี้ในคอลเลกชัน หรือนำออก (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation>เลือกผลการค้นหาเพื่อดูรายละเอียดที่นี่</translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation>เอกสารนี้ถูกถอนออกจากแคตตาล็อกแล้ว เหลือเพียงบุ๊กมาร์กและบันทึกของคุณ รหัสของเอกสารคือ &lt;code&gt;{id}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ บุ๊กมาร์กแล้ว</translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation>คอลเลกชันของเอกสารนี้</translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation>คอลเลกชันใหม่ที่มีเอกสารนี้…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>ไม่มีบทสรุป</translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation>มีฉบับที่ใหม่กว่า:</translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation>{id} (ไม่มีในแคตตาล็อกนี้)</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} หน้า</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} หน้า</translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation>ตรงที่สุดที่หน้า {page}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ไฟล์เอกสาร</translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation>ไม่มีไฟล์เอกสารเก็บไว้ในแคตตาล็อก ดูที่อยู่เว็บด้านล่าง</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>ฉบับแปล</translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation>ใช้แทน (ฉบับเก่ากว่า)</translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation>ถูกแทนที่โดย (ฉบับใหม่กว่า)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>ที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation>แสดงไว้เท่านั้น ไม่เปิดให้: คัดลอกไปวางในเบราว์เซอร์เมื่อคุณออนไลน์</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>ไม่มีการบันทึกไว้</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>ผู้จัดพิมพ์</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>กลุ่มผู้ใช้</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>การคัดแยก</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation>น. {page}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ไม่มีบทสรุป)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <translation>ตรงที่สุดที่หน้า {page}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation>ความเกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>ใหม่สุดก่อน</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>ชื่อเรื่อง ก–ฮ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;ผลการค้นหา&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>เรียงตาม</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>เรียงผลการค้นหาตาม</translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation>ความเกี่ยวข้อง ใหม่สุดก่อน หรือชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation>เอกสารที่ตรงกัน เรียงจากที่ตรงที่สุด รายการที่เลือกแสดงทางขวา Enter เพื่อเปิดเอกสารที่หน้าที่ตรงที่สุด</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation>ค้นหาชื่อเรื่อง บทสรุป และทุกหน้า — เช่น debt bondage fishing, &quot;recruitment fee&quot;, country:TH</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation>พิมพ์คำเพื่อค้นหาในแคตตาล็อกและข้อความเต็มของเอกสาร ผลการค้นหาเปลี่ยนตามที่พิมพ์ ใช้เครื่องหมายคำพูดเพื่อค้นหาวลี ใช้ OR, NOT, คำ* และ field:value ได้ด้วย</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>หมายถึง</translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation>ค้นหาด้วยคำสะกดที่แนะนำแทน (Alt+D)</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>จำนวนผลการค้นหา</translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation>จำนวนเอกสารที่ตรงกับคำค้นและตัวกรอง</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation>หมายถึง: {words} ใช่ไหม  (Alt+D)</translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation>หมายถึง {words} ใช่ไหม</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation>บุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation>แถบบุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation>บุ๊กมาร์ก บันทึก คอลเลกชัน เอกสารล่าสุด และการค้นหาที่บันทึกไว้ของคุณ</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation>ใหม่ {count}</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation>บุ๊กมาร์กและบันทึก</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>คอลเลกชัน</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>ดูล่าสุด</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>การค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation>Ctrl+D เพื่อบุ๊กมาร์กเอกสารที่คุณกำลังอ่าน</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation>Ctrl+Shift+N เพื่อสร้างคอลเลกชัน</translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation>เอกสารที่คุณเปิดดูจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation>Ctrl+S เพื่อบันทึกการค้นหาที่คุณพิมพ์</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>ฉบับใหม่</translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation>มีฉบับใหม่ตั้งแต่คุณบันทึกไว้</translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation>ถูกแทนที่โดย {title}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถูกถอนออก</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation>ถูกถอนออกจากแคตตาล็อก — บันทึกของคุณยังเก็บไว้</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation>ถูกถอนออกจากแคตตาล็อก</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation>คอลเลกชัน {name}, {count} รายการ</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation>คอลเลกชัน “{name}”: {count} รายการ กด F2 เพื่อเปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation>คอลเลกชัน {name}, {count} รายการ</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation>คอลเลกชัน “{name}”: {count} รายการ กด F2 เพื่อเปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation>{title}, ดูเมื่อ {date}</translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation>{title}, {count} รายการ</translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation>, ผลลัพธ์ใหม่ {count} รายการ</translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation>บุ๊กมาร์กแล้ว มีบันทึก</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>บุ๊กมาร์กแล้ว</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>มีบันทึก</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>บันทึก: {note}</translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation>การค้นหาที่บันทึกไว้ {name}</translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation>, ผลลัพธ์ใหม่ {count} รายการตั้งแต่การอัปเดตครั้งล่าสุด</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation>ค้นหา “{query}”</translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation>ผลลัพธ์ใหม่ {count} รายการตั้งแต่การอัปเดตแคตตาล็อกครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation>กด Enter เพื่อค้นหา</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <translation>บุ๊กมาร์ก คอลเลกชัน รายการล่าสุด และการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation>Enter เพื่อเปิดเอกสารหรือเรียกใช้การค้นหาที่บันทึกไว้ F2 เพื่อเปลี่ยนชื่อคอลเลกชัน Delete เพื่อเอาบุ๊กมาร์ก คอลเลกชัน หรือการค้นหาที่บันทึกไว้ออก ปุ่มเมนูแสดงคำสั่งเพิ่มเติม</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>คอลเลกชันใหม่…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>คอลเลกชันใหม่</translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation>สร้างคอลเลกชันว่าง (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>เปลี่ยนชื่อคอลเลกชัน</translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation>เปลี่ยนชื่อคอลเลกชันที่เลือก (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>เอาออก</translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation>เอาบุ๊กมาร์ก คอลเลกชัน หรือการค้นหาที่บันทึกไว้ที่เลือกออก (Delete)</translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation>คำสั่งของแถบด้านข้าง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation>ค้นหาด้วยการค้นหานี้</translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation>รับทราบฉบับใหม่</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>เปิดฉบับใหม่</translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation>ลบคอลเลกชัน (บุ๊กมาร์กยังอยู่)</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>ลบการค้นหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>นำออกจากคอลเลกชันนี้</translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation>เอาบุ๊กมาร์กออก (บันทึกยังอยู่)</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>{name}: not a PDF, Markdown, text or HTML document</source>
        <translation>{name}: ไม่ใช่เอกสาร PDF, Markdown, ข้อความ หรือ HTML</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: อ่านไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({reason})</source>
        <translation>{name}: ไม่ใช่ PDF ที่อ่านได้ ({reason})</translation>
    </message>
    <message>
        <source>not a folder; give the catalogue folder</source>
        <translation>ไม่ใช่โฟลเดอร์ โปรดระบุโฟลเดอร์แคตตาล็อก</translation>
    </message>
    <message>
        <source>missing resources/ folder</source>
        <translation>ไม่มีโฟลเดอร์ resources/</translation>
    </message>
    <message>
        <source>missing catalogue.yaml (id, title, publisher)</source>
        <translation>ไม่มี catalogue.yaml (id, title, publisher)</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>ไม่ใช่ข้อความ UTF-8 โปรดบันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-64 of a-z, 0-9 and &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; ต้องยาว 3-64 ตัว ประกอบด้วย a-z, 0-9 และ &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (ignored)</source>
        <translation>ไม่รู้จักฟิลด์ &apos;{field}&apos; (ข้ามไป)</translation>
    </message>
    <message>
        <source>labels must map topics/audiences to {slug: label}</source>
        <translation>labels ต้องจับคู่ topics/audiences กับ {slug: label}</translation>
    </message>
    <message>
        <source>labels.{facet} must map slugs to labels</source>
        <translation>labels.{facet} ต้องจับคู่ slug กับป้ายชื่อ</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML ไม่ถูกต้อง: {problem}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>ไม่มีฟิลด์ที่จำเป็น &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no front matter: start the file with &apos;---&apos;, the fields, &apos;---&apos;</source>
        <translation>ไม่มี front matter: เริ่มไฟล์ด้วย &apos;---&apos; ตามด้วยฟิลด์ต่าง ๆ แล้วปิดด้วย &apos;---&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-100 of a-z, 0-9 and &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; ต้องยาว 3-100 ตัว ประกอบด้วย a-z, 0-9 และ &apos;-&apos; และไม่ขึ้นต้นด้วย &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;{type}&apos;; use one of {choices}</source>
        <translation>ไม่รู้จัก type &apos;{type}&apos; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (kept as an extra field)</source>
        <translation>ไม่รู้จักฟิลด์ &apos;{field}&apos; (เก็บไว้เป็นฟิลด์เพิ่มเติม)</translation>
    </message>
    <message>
        <source>year must be a whole number such as 2020, not &apos;{year}&apos;</source>
        <translation>year ต้องเป็นจำนวนเต็ม เช่น 2020 ไม่ใช่ &apos;{year}&apos;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)</source>
        <translation>&apos;{code}&apos; ไม่ใช่รหัสประเทศ ISO 3166-1 alpha-2 (เช่น TH, VN)</translation>
    </message>
    <message>
        <source>unknown region &apos;{region}&apos;; use one of {choices}</source>
        <translation>ไม่รู้จัก region &apos;{region}&apos; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 639-1 (or 639-3) language code (e.g. en, th)</source>
        <translation>&apos;{code}&apos; ไม่ใช่รหัสภาษา ISO 639-1 (หรือ 639-3) (เช่น en, th)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {field} must be a lower-case slug such as &apos;debt-bondage&apos;</source>
        <translation>&apos;{value}&apos; ใน {field} ต้องเป็น slug ตัวพิมพ์เล็ก เช่น &apos;debt-bondage&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;{stage}&apos;; use one of {choices}</source>
        <translation>ไม่รู้จัก stage &apos;{stage}&apos; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>unknown identification &apos;{identification}&apos;; use one of {choices}</source>
        <translation>ไม่รู้จัก identification &apos;{identification}&apos; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>no summary after the front matter</source>
        <translation>ไม่มีบทสรุปต่อจาก front matter</translation>
    </message>
    <message>
        <source>documents must be a list of {path, language, title}</source>
        <translation>documents ต้องเป็นรายการของ {path, language, title}</translation>
    </message>
    <message>
        <source>each document needs a &apos;path&apos; relative to documents/</source>
        <translation>เอกสารแต่ละรายการต้องมี &apos;path&apos; ที่อ้างอิงจาก documents/</translation>
    </message>
    <message>
        <source>document path &apos;{path}&apos; escapes documents/</source>
        <translation>พาธเอกสาร &apos;{path}&apos; ชี้ออกไปนอก documents/</translation>
    </message>
    <message>
        <source>document &apos;documents/{path}&apos; does not exist</source>
        <translation>ไม่มีเอกสาร &apos;documents/{path}&apos;</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos; is not PDF, Markdown, text or HTML</source>
        <translation>เอกสาร &apos;{path}&apos; ไม่ใช่ PDF, Markdown, ข้อความ หรือ HTML</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos;: &apos;{language}&apos; is not a language code</source>
        <translation>เอกสาร &apos;{path}&apos;: &apos;{language}&apos; ไม่ใช่รหัสภาษา</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also in {place})</source>
        <translation>id &apos;{id}&apos; ซ้ำ (มีใน {place} ด้วย)</translation>
    </message>
    <message>
        <source>{field} names &apos;{id}&apos;, which is not a resource id in this catalogue</source>
        <translation>{field} ระบุ &apos;{id}&apos; ซึ่งไม่ใช่ id ของเอกสารในแคตตาล็อกนี้</translation>
    </message>
    <message>
        <source>{field} must be a list such as [a, b]</source>
        <translation>{field} ต้องเป็นรายการ เช่น [a, b]</translation>
    </message>
    <message>
        <source>expected key: value pairs</source>
        <translation>ต้องเป็นคู่ key: value</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation>
            <numerusform>พบข้อผิดพลาด %n รายการใน {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: OK (%n warning(s)).</source>
        <translation>
            <numerusform>{source}: ผ่าน (คำเตือน %n รายการ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue source {root} has %n problem(s).</source>
        <translation>
            <numerusform>ต้นฉบับแคตตาล็อก {root} มีปัญหา %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <translation>สถานะของบุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation>ดำเนินการตามสถานะ</translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation>รับทราบฉบับใหม่ หรือเปิดฉบับที่มาแทน</translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation>&lt;b&gt;ฉบับใหม่&lt;/b&gt; เอกสารนี้เปลี่ยนไปตั้งแต่คุณบุ๊กมาร์กหรือเขียนบันทึกไว้</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation>ทำเครื่องหมายว่าเห็นฉบับใหม่แล้ว (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation>&lt;b&gt;ถูกแทนที่โดย &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;&lt;/b&gt; มีฉบับใหม่กว่ามาแทนแล้ว</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>เปิดฉบับใหม่</translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation>ฉบับที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>แสดง {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation>&lt;b&gt;ถูกถอนออก&lt;/b&gt; ผู้จัดพิมพ์นำเอกสารนี้ออกจากแคตตาล็อกแล้ว บุ๊กมาร์ก ชื่อเรื่อง และบันทึกของคุณยังเก็บไว้</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>ไม่มีคำสั่ง</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>ไม่ต้องทำอะไร</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation>เผยแพร่วันนี้</translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation>เผยแพร่เมื่อวาน</translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation>เผยแพร่เมื่อ {count} วันก่อน</translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation>เผยแพร่เมื่อ {count} เดือนก่อน</translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation>เผยแพร่เมื่อ {count} ปีก่อน</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation>{title} · รุ่น {version} · {age} · {resources}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation>แคตตาล็อกที่ติดตั้ง รุ่นและอายุของแคตตาล็อก และสิ่งที่ RefDesk กำลังทำ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>กำลังทำงาน</translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation>แสดงขณะที่ RefDesk ค้นหาหรือเตรียมแคตตาล็อก</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>แคตตาล็อก</translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation>ชื่อ รุ่น และอายุของแคตตาล็อกที่ติดตั้ง</translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation>ยังไม่ได้ติดตั้งแคตตาล็อก</translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation>{title} โดย {publisher} รุ่น {version} เผยแพร่ {date}</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation>RefDesk — การอัปเดตแคตตาล็อก</translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation>การอัปเดตแคตตาล็อก</translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation>จะทราบจำนวนเอกสารที่เพิ่ม เปลี่ยน และนำออก เมื่อดาวน์โหลดเสร็จ</translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation>เอกสาร: เพิ่ม {added} เปลี่ยน {changed} นำออก {removed}</translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation>{source} (และมิเรอร์)</translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation>ยังไม่ได้ตั้งแหล่งอัปเดต</translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation>เพิ่มที่อยู่เว็บไซต์อัปเดตของผู้จัดพิมพ์ หรือมิเรอร์ ใน&lt;b&gt;ตั้งค่าการอัปเดต&lt;/b&gt; (Ctrl+,) หากไม่มีการเชื่อมต่อ ให้นำเข้าการอัปเดตจากไฟล์หรือแฟลชไดรฟ์ USB แทน (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>กำลังตรวจหาการอัปเดต…</translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation>กำลังถาม {where} หารุ่นล่าสุดที่มีลายเซ็น</translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation>ติดตั้งรุ่น {version} แล้ว ตรวจสอบกับ {where}</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>แคตตาล็อกเป็นรุ่นล่าสุดแล้ว</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>ติดตั้งรุ่น {version} แล้ว</translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} อ่านแล้ว {size} &lt;b&gt;มีอะไรเปลี่ยนแปลง&lt;/b&gt; จะแสดงรายการ พร้อมบุ๊กมาร์กและการค้นหาที่บันทึกไว้ที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} ดาวน์โหลดแล้ว {size} &lt;b&gt;มีอะไรเปลี่ยนแปลง&lt;/b&gt; จะแสดงรายการ พร้อมบุ๊กมาร์กและการค้นหาที่บันทึกไว้ที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation>อัปเดตเป็นรุ่น {version} แล้ว</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation>{reason}&lt;br&gt;แคตตาล็อกที่ติดตั้งไว้ไม่ได้เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation>การอัปเดตไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>ยกเลิกการอัปเดตแล้ว</translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation>ไม่มีอะไรเปลี่ยนแปลง ยังใช้แคตตาล็อกที่ติดตั้งไว้</translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation>ตรวจหาแคตตาล็อกรุ่นใหม่กว่าที่มีลายเซ็น</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>รุ่น {version}</translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation>ยังไม่มีแคตตาล็อก</translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation>เฉพาะส่วนที่เปลี่ยน</translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>ทั้งแคตตาล็อก</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>ตอนนี้คุณมี{have} {counts}&lt;br&gt;ต้องอ่าน &lt;b&gt;{size}&lt;/b&gt; ({method}) จาก {where}&lt;br&gt;บุ๊กมาร์ก บันทึก และคอลเลกชันของคุณจะยังอยู่</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>ตอนนี้คุณมี{have} {counts}&lt;br&gt;ต้องดาวน์โหลด &lt;b&gt;{size}&lt;/b&gt; ({method}) จาก {where}&lt;br&gt;บุ๊กมาร์ก บันทึก และคอลเลกชันของคุณจะยังอยู่</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>มีรุ่น {version} แล้ว</translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation>หยุดชั่วคราว: รุ่น {version}</translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation>กำลังอัปเดตเป็นรุ่น {version}…</translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation>ดำเนินการต่อจะดาวน์โหลดต่อจากจุดที่หยุดไว้ แม้ปิด RefDesk ไปแล้วก็ตาม</translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation>สิ่งที่การอัปเดตแคตตาล็อกนำมา การดาวน์โหลด และความคืบหน้า</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>สถานะการอัปเดต</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>รายละเอียดการอัปเดต</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>ความคืบหน้าการอัปเดต</translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation>ดาวน์โหลดการอัปเดตไปแล้วเท่าใด แล้วกำลังติดตั้งอะไรอยู่</translation>
    </message>
    <message>
        <source>Update step</source>
        <translation>ขั้นตอนการอัปเดต</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>ดาวน์โหลดและติดตั้ง</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>เริ่มอัปเดต</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation>หยุดดาวน์โหลดและเก็บส่วนที่ได้รับแล้วไว้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation>หยุดและทิ้งส่วนที่ดาวน์โหลดแล้ว</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation>แสดงรายการสิ่งที่การอัปเดตนี้เปลี่ยน</translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation>ตั้งค่าการอัปเดต…</translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation>แหล่งอัปเดต พร็อกซี การตรวจอัตโนมัติ</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>นำเข้าจากไฟล์…</translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation>การอัปเดตในแฟลชไดรฟ์ USB หรือในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation>ปิดหน้าต่างนี้ การอัปเดตยังดำเนินต่อไป</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>ติดตั้ง</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ตรวจอีกครั้ง</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>ตรวจหาการอัปเดต</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation>กำลังตรวจสอบรุ่นที่มีลายเซ็น…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>กำลังเริ่ม…</translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation>อ่านแล้ว {done} จาก {total}</translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation>ดาวน์โหลดแล้ว {done} จาก {total}</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation>{step}… (ขั้นตอนนี้หยุดชั่วคราวไม่ได้ ยกเลิกจะคงแคตตาล็อกเดิมไว้)</translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation>{source}: ใช้ได้เฉพาะที่อยู่ https:// และ http:// โฟลเดอร์ และไฟล์ .zip</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation>พร็อกซีต้องอยู่ในรูปแบบ http://proxy.example:3128 (หรือเว้นว่าง)</translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation>RefDesk — ตั้งค่าการอัปเดต</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>ตั้งค่าการอัปเดต</translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation>แหล่งอัปเดต พร็อกซี และการตรวจอัตโนมัติ</translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation>RefDesk เชื่อมต่อเครือข่ายเพียงเพื่อดึงการอัปเดตแคตตาล็อกที่มีลายเซ็นจากแหล่งเหล่านี้ และเฉพาะเมื่อคุณสั่ง หรือเมื่อเริ่มโปรแกรมหากคุณอนุญาตไว้ด้านล่าง</translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation>แหล่งอัปเดต</translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation>บรรทัดละหนึ่งแหล่ง ลองตามลำดับ: ที่อยู่ https:// (แหล่งแรกคือผู้จัดพิมพ์ แหล่งอื่นเป็นมิเรอร์) โฟลเดอร์ หรือชุดไฟล์ .zip</translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation>แหล่งอัปเดต บรรทัดละหนึ่งแหล่ง(&amp;S):</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation>http://proxy.example:3128 — เว้นว่างเพื่อเชื่อมต่อโดยตรง</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>พร็อกซี</translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation>พร็อกซี http:// หรือ https:// สำหรับคำขออัปเดต เว้นว่างหากไม่ใช้</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>พร็อกซี(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation>ตรวจหาการอัปเดตเมื่อ RefDesk เริ่มทำงาน(&amp;C)</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>ตรวจหาการอัปเดตเมื่อเริ่มโปรแกรม</translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation>เฉพาะเมื่อระบบแจ้งว่าการเชื่อมต่อไม่คิดค่าบริการตามปริมาณ ไม่ตรวจเมื่อไม่ทราบ</translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation>ไม่ตรวจบนการเชื่อมต่อที่คิดค่าบริการตามปริมาณ หรือเมื่อระบบไม่ทราบ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation>บันทึกการใช้เครือข่าย…</translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation>ทุกคำขอที่ RefDesk ส่ง (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation>ตรวจสอบและเก็บการตั้งค่าเหล่านี้</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation>นำเข้าชุดอัปเดต</translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation>นำเข้าโฟลเดอร์อัปเดต</translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation>RefDesk — {title}</translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation>ชุดอัปเดต .zip หรือโฟลเดอร์คลังข้อมูล เช่น ในแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation>ชุดอัปเดต (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Export an update bundle</source>
        <translation>ส่งออกชุดอัปเดต</translation>
    </message>
    <message>
        <source>Where to save the .zip bundle, e.g. on a USB stick for other laptops</source>
        <translation>ตำแหน่งที่จะบันทึกชุดไฟล์ .zip เช่น ในแฟลชไดรฟ์ USB สำหรับเครื่องอื่น</translation>
    </message>
    <message>
        <source>Exporting the catalogue to {file}…</source>
        <translation>กำลังส่งออกแคตตาล็อกไปยัง {file}…</translation>
    </message>
    <message>
        <source>Exporting the catalogue: {percent}%</source>
        <translation>กำลังส่งออกแคตตาล็อก: {percent}%</translation>
    </message>
    <message>
        <source>Saved version {version} of “{title}” to {file} ({size}).

Other laptops install it with Updates › Import update from file…, until {date}; after that date they will refuse it, and a new bundle has to be exported after checking for updates online.</source>
        <translation>บันทึก “{title}” รุ่น {version} ไปยัง {file} ({size}) แล้ว

เครื่องอื่นติดตั้งได้ทาง อัปเดต › นำเข้าการอัปเดตจากไฟล์… จนถึง {date} หลังจากวันนั้นเครื่องอื่นจะปฏิเสธชุดนี้ และต้องส่งออกชุดใหม่หลังจากตรวจหาการอัปเดตแบบออนไลน์แล้ว</translation>
    </message>
    <message>
        <source>Update bundle saved: {file}</source>
        <translation>บันทึกชุดอัปเดตแล้ว: {file}</translation>
    </message>
    <message>
        <source>Export update bundle</source>
        <translation>ส่งออกชุดอัปเดต</translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation>บันทึกการตั้งค่าการอัปเดตแล้ว</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Downloading… {done} of {total}</source>
        <translation>กำลังดาวน์โหลด… {done} จาก {total}</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version {version}).</source>
        <translation>แคตตาล็อกเป็นรุ่นล่าสุดแล้ว (รุ่น {version})</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>เพิ่ม {added} เปลี่ยน {changed} นำออก {removed}</translation>
    </message>
    <message>
        <source>changes counted once it is downloaded</source>
        <translation>จะทราบจำนวนที่เปลี่ยนเมื่อดาวน์โหลดเสร็จ</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>รุ่น {version}</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>ยังไม่ได้ติดตั้งแคตตาล็อก</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (delta update).</source>
        <translation>มีรุ่น {version} แล้ว (ตอนนี้: {start}): {changes} ต้องดาวน์โหลด {size} (อัปเดตเฉพาะส่วนที่เปลี่ยน)</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (full update).</source>
        <translation>มีรุ่น {version} แล้ว (ตอนนี้: {start}): {changes} ต้องดาวน์โหลด {size} (อัปเดตทั้งแคตตาล็อก)</translation>
    </message>
    <message>
        <source>Updated to version {version}: {changes}; downloaded {size}.</source>
        <translation>อัปเดตเป็นรุ่น {version} แล้ว: {changes} ดาวน์โหลด {size}</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n ไบต์</numerusform>
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
        <translation>กำลังอ่านต้นฉบับแคตตาล็อก</translation>
    </message>
    <message>
        <source>Writing the catalogue database</source>
        <translation>กำลังเขียนฐานข้อมูลแคตตาล็อก</translation>
    </message>
    <message>
        <source>Indexing every page</source>
        <translation>กำลังทำดัชนีทุกหน้า</translation>
    </message>
    <message>
        <source>Copying the installed catalogue</source>
        <translation>กำลังคัดลอกแคตตาล็อกที่ติดตั้งไว้</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>กำลังนำการเปลี่ยนแปลงไปใช้</translation>
    </message>
    <message>
        <source>Storing documents</source>
        <translation>กำลังจัดเก็บไฟล์เอกสาร</translation>
    </message>
    <message>
        <source>Verifying the new catalogue</source>
        <translation>กำลังตรวจสอบแคตตาล็อกใหม่</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: ชื่อไฟล์ของชุดอัปเดตต้องลงท้ายด้วย .zip</translation>
    </message>
    <message>
        <source>No catalogue is installed yet, so there is nothing to export.</source>
        <translation>ยังไม่ได้ติดตั้งแคตตาล็อก จึงไม่มีอะไรให้ส่งออก</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature on this catalogue expired on {date}; other laptops would refuse the bundle. Check for updates while online, then export again.</source>
        <translation>ลายเซ็นของผู้จัดพิมพ์บนแคตตาล็อกนี้หมดอายุเมื่อ {date} เครื่องอื่นจะปฏิเสธชุดอัปเดตนี้ โปรดตรวจหาการอัปเดตขณะออนไลน์ แล้วส่งออกอีกครั้ง</translation>
    </message>
    <message>
        <source>This laptop last verified version {verified} of the catalogue but has version {installed} installed. Finish the update (Check for updates), then export.</source>
        <translation>เครื่องนี้ตรวจสอบแคตตาล็อกรุ่น {verified} เป็นครั้งล่าสุด แต่ติดตั้งรุ่น {installed} ไว้ โปรดอัปเดตให้เสร็จ (ตรวจหาการอัปเดต) แล้วจึงส่งออก</translation>
    </message>
    <message numerus="yes">
        <source>%n of the catalogue&apos;s documents are missing from {folder}; reinstall the catalogue (Import update) before exporting it.</source>
        <translation>
            <numerusform>ไฟล์เอกสารของแคตตาล็อก %n ไฟล์หายไปจาก {folder} โปรดติดตั้งแคตตาล็อกใหม่ (นำเข้าการอัปเดต) ก่อนส่งออก</numerusform>
        </translation>
    </message>
    <message>
        <source>not TUF metadata</source>
        <translation>ไม่ใช่เมทาดาทา TUF</translation>
    </message>
    <message>
        <source>This laptop&apos;s catalogue was not installed from a signed release, so it cannot vouch for it; install or update the catalogue from the publisher first.</source>
        <translation>แคตตาล็อกในเครื่องนี้ไม่ได้ติดตั้งจากรุ่นเผยแพร่ที่มีลายเซ็น จึงรับรองความถูกต้องไม่ได้ โปรดติดตั้งหรืออัปเดตแคตตาล็อกจากผู้จัดพิมพ์ก่อน</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check for updates to repair the trust store, then export.</source>
        <translation>อ่าน {path} ไม่ได้ ({reason}) โปรดตรวจหาการอัปเดตเพื่อซ่อมแซมที่เก็บข้อมูลความเชื่อถือ แล้วจึงส่งออก</translation>
    </message>
    <message>
        <source>The signed release file of the installed catalogue is not on this laptop (it was installed by an older RefDesk, or an update was checked but not installed). Check for updates while online, install what is offered, then export again.</source>
        <translation>ไม่มีไฟล์รุ่นเผยแพร่ที่มีลายเซ็นของแคตตาล็อกที่ติดตั้งไว้ในเครื่องนี้ (ติดตั้งโดย RefDesk รุ่นเก่ากว่า หรือตรวจพบการอัปเดตแล้วแต่ยังไม่ได้ติดตั้ง) โปรดตรวจหาการอัปเดตขณะออนไลน์ ติดตั้งรุ่นที่มีให้ แล้วส่งออกอีกครั้ง</translation>
    </message>
    <message>
        <source>The trust store and the release file disagree about the catalogue snapshot; check for updates while online, then export again.</source>
        <translation>ที่เก็บข้อมูลความเชื่อถือกับไฟล์รุ่นเผยแพร่ระบุสแนปช็อตแคตตาล็อกไม่ตรงกัน โปรดตรวจหาการอัปเดตขณะออนไลน์ แล้วส่งออกอีกครั้ง</translation>
    </message>
    <message>
        <source>The installed catalogue cannot be turned back into the exact file the publisher signed (it may have been written by a different RefDesk). Check for updates while online and export again, or ask the publisher for a bundle (&apos;refdesk publish bundle&apos;).</source>
        <translation>ไม่สามารถแปลงแคตตาล็อกที่ติดตั้งไว้กลับเป็นไฟล์เดียวกันทุกประการกับที่ผู้จัดพิมพ์ลงลายเซ็นได้ (อาจเขียนโดย RefDesk ต่างรุ่นกัน) โปรดตรวจหาการอัปเดตขณะออนไลน์แล้วส่งออกอีกครั้ง หรือขอชุดอัปเดตจากผู้จัดพิมพ์ (&apos;refdesk publish bundle&apos;)</translation>
    </message>
    <message>
        <source>The document {name} on this laptop is damaged (its contents no longer match the publisher&apos;s signature); reinstall the catalogue before exporting it.</source>
        <translation>ไฟล์เอกสาร {name} ในเครื่องนี้เสียหาย (เนื้อหาไม่ตรงกับลายเซ็นของผู้จัดพิมพ์แล้ว) โปรดติดตั้งแคตตาล็อกใหม่ก่อนส่งออก</translation>
    </message>
    <message>
        <source>not a release.json</source>
        <translation>ไม่ใช่ release.json</translation>
    </message>
    <message>
        <source>This catalogue release needs a newer RefDesk; install the newer version of the app.</source>
        <translation>แคตตาล็อกรุ่นนี้ต้องใช้ RefDesk รุ่นใหม่กว่า โปรดติดตั้งโปรแกรมรุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>The release description (release.json) is malformed ({reason}).</source>
        <translation>คำอธิบายรุ่นเผยแพร่ (release.json) มีรูปแบบไม่ถูกต้อง ({reason})</translation>
    </message>
    <message>
        <source>No update source: give --source URL_OR_PATH (or save sources in the settings).</source>
        <translation>ไม่มีแหล่งอัปเดต: โปรดระบุ --source URL_OR_PATH (หรือบันทึกแหล่งอัปเดตไว้ในการตั้งค่า)</translation>
    </message>
    <message>
        <source>Checking {source}</source>
        <translation>กำลังตรวจสอบ {source}</translation>
    </message>
    <message>
        <source>This laptop already trusts a different publisher; a new root of trust is accepted only through the publisher&apos;s signed root chain.</source>
        <translation>เครื่องนี้เชื่อถือผู้จัดพิมพ์รายอื่นอยู่แล้ว จะยอมรับรากความเชื่อถือใหม่ผ่านสายโซ่ root ที่ผู้จัดพิมพ์ลงลายเซ็นไว้เท่านั้น</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher&apos;s root.json.</source>
        <translation>ยังไม่มีผู้จัดพิมพ์ที่เชื่อถือ: โปรดระบุ --trust ROOT_JSON พร้อม root.json ของผู้จัดพิมพ์</translation>
    </message>
    <message>
        <source>{source} publishes no catalogue release (no release.json).</source>
        <translation>{source} ไม่มีรุ่นเผยแพร่ของแคตตาล็อก (ไม่มี release.json)</translation>
    </message>
    <message>
        <source>{source} offers version {version} of the catalogue, older than the installed version {installed}; it was refused.</source>
        <translation>{source} มีแคตตาล็อกรุ่น {version} ซึ่งเก่ากว่ารุ่น {installed} ที่ติดตั้งไว้ จึงถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Downloading</source>
        <extracomment>A step of an update, shown with &quot;…&quot; after it while the files arrive.</extracomment>
        <translation>กำลังดาวน์โหลด</translation>
    </message>
    <message>
        <source>release.json names {name}, which the signed targets do not list with the same hash and length; nothing was applied.</source>
        <translation>release.json ระบุ {name} แต่ targets ที่มีลายเซ็นไม่มีไฟล์นี้ด้วยค่าแฮชและความยาวเดียวกัน จึงไม่ได้นำการเปลี่ยนแปลงใดไปใช้</translation>
    </message>
    <message>
        <source>The update&apos;s delta is not for the release it was signed in.</source>
        <translation>ส่วนต่างของการอัปเดตไม่ใช่ของรุ่นเผยแพร่ที่ลงลายเซ็นไว้</translation>
    </message>
    <message>
        <source>The update&apos;s snapshot is not for the release it was signed in.</source>
        <translation>สแนปช็อตของการอัปเดตไม่ใช่ของรุ่นเผยแพร่ที่ลงลายเซ็นไว้</translation>
    </message>
    <message>
        <source>The given root of trust is not a valid, self-signed TUF root ({reason}).</source>
        <translation>รากความเชื่อถือที่ระบุไม่ใช่ root ของ TUF ที่ถูกต้องและลงลายเซ็นด้วยตนเอง ({reason})</translation>
    </message>
    <message>
        <source>its signed metadata has expired (a frozen mirror, or an old bundle)</source>
        <translation>เมทาดาทาที่มีลายเซ็นหมดอายุแล้ว (มิเรอร์ที่หยุดอัปเดต หรือชุดอัปเดตเก่า)</translation>
    </message>
    <message>
        <source>it is older than what this laptop already trusts</source>
        <translation>เก่ากว่ารุ่นที่เครื่องนี้เชื่อถืออยู่แล้ว</translation>
    </message>
    <message>
        <source>it is not signed by the publisher&apos;s keys</source>
        <translation>ไม่ได้ลงลายเซ็นด้วยกุญแจของผู้จัดพิมพ์</translation>
    </message>
    <message>
        <source>a file does not match what the publisher signed (tampered or damaged)</source>
        <translation>มีไฟล์ที่ไม่ตรงกับที่ผู้จัดพิมพ์ลงลายเซ็นไว้ (ถูกแก้ไขหรือเสียหาย)</translation>
    </message>
    <message>
        <source>a file is longer than the publisher signed</source>
        <translation>มีไฟล์ที่ยาวกว่าที่ผู้จัดพิมพ์ลงลายเซ็นไว้</translation>
    </message>
    <message>
        <source>The update from {source} was refused: {reason}. Nothing was applied.</source>
        <translation>การอัปเดตจาก {source} ถูกปฏิเสธ: {reason} ไม่ได้นำการเปลี่ยนแปลงใดไปใช้</translation>
    </message>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>ใช้แหล่งอัปเดตใดไม่ได้เลย ({detail}) โปรดตรวจสอบการเชื่อมต่อหรือแฟลชไดรฟ์ USB แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{source} is neither a repository folder nor a .zip update bundle.</source>
        <translation>{source} ไม่ใช่โฟลเดอร์คลังข้อมูลหรือชุดอัปเดต .zip</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>ไม่มี {source} (โปรดระบุที่อยู่ https:// โฟลเดอร์ หรือชุดไฟล์ .zip)</translation>
    </message>
    <message>
        <source>{url} answered {status}</source>
        <translation>{url} ตอบกลับด้วย {status}</translation>
    </message>
    <message>
        <source>The connection to {url} kept dropping.</source>
        <translation>การเชื่อมต่อกับ {url} หลุดซ้ำ ๆ</translation>
    </message>
    <message>
        <source>{url} sent more than the {length} bytes its signed length allows.</source>
        <translation>{url} ส่งข้อมูลเกิน {length} ไบต์ตามความยาวที่ลงลายเซ็นไว้</translation>
    </message>
    <message>
        <source>{url} redirects too many times.</source>
        <translation>{url} เปลี่ยนเส้นทางมากเกินไป</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({reason}).</source>
        <translation>เชื่อมต่อ {url} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{url} stalled.</source>
        <translation>{url} หยุดส่งข้อมูลกลางคัน</translation>
    </message>
    <message>
        <source>The connection to {url} dropped ({reason}).</source>
        <translation>การเชื่อมต่อกับ {url} หลุด ({reason})</translation>
    </message>
    <message>
        <source>{source} is not a readable update bundle ({reason}).</source>
        <translation>{source} ไม่ใช่ชุดอัปเดตที่อ่านได้ ({reason})</translation>
    </message>
    <message>
        <source>{name} is not in {source}</source>
        <translation>ไม่มี {name} ใน {source}</translation>
    </message>
    <message>
        <source>{name} cannot be read from {source} ({reason}).</source>
        <translation>อ่าน {name} จาก {source} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>อ่าน {name} ไม่ได้ ({reason})</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <translation>มีแคตตาล็อกรุ่น {version} แล้ว ({size}): อัปเดต ▸ ตรวจหาการอัปเดต (Ctrl+U)</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>ไม่มีคอลเลกชันชื่อ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>มีคอลเลกชันชื่อ &apos;{name}&apos; อยู่แล้ว</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>ไม่มี {path}</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export ({reason}).</source>
        <translation>{path} ไม่ใช่ไฟล์ส่งออกข้อมูลผู้ใช้ของ RefDesk ({reason})</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export.</source>
        <translation>{path} ไม่ใช่ไฟล์ส่งออกข้อมูลผู้ใช้ของ RefDesk</translation>
    </message>
    <message>
        <source>{path} was exported by a newer RefDesk; update the app first.</source>
        <translation>{path} ส่งออกจาก RefDesk รุ่นใหม่กว่า โปรดอัปเดตโปรแกรมก่อน</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was imported.</source>
        <translation>{path} เสียหาย ({reason}) ไม่ได้นำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>คอลเลกชันต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Your user data {path} cannot be read ({reason}); it was left untouched. Move it aside to start afresh, or restore it from an export.</source>
        <translation>อ่านข้อมูลผู้ใช้ของคุณ {path} ไม่ได้ ({reason}) ไฟล์นี้ไม่ถูกแตะต้อง ย้ายไฟล์ไปไว้ที่อื่นเพื่อเริ่มต้นใหม่ หรือกู้คืนจากไฟล์ที่ส่งออกไว้</translation>
    </message>
    <message>
        <source>{path} was written by a newer RefDesk (user data version {version}, this app reads up to {supported}); install the newer version. Nothing was changed.</source>
        <translation>{path} เขียนโดย RefDesk รุ่นใหม่กว่า (ข้อมูลผู้ใช้รุ่น {version} โปรแกรมนี้อ่านได้ถึงรุ่น {supported}) โปรดติดตั้งรุ่นใหม่กว่า ไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Your user data {path} could not be saved ({reason}).</source>
        <translation>บันทึกข้อมูลผู้ใช้ของคุณ {path} ไม่ได้ ({reason})</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Indicators and checklists</source>
        <translation>ตัวบ่งชี้และรายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Screening tool</source>
        <translation>เครื่องมือคัดกรอง</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Handbook or toolkit</source>
        <translation>คู่มือหรือชุดเครื่องมือ</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>ขั้นตอนปฏิบัติงานมาตรฐาน (SOP)</translation>
    </message>
    <message>
        <source>Training curriculum</source>
        <translation>หลักสูตรฝึกอบรม</translation>
    </message>
    <message>
        <source>Referral tool or directory</source>
        <translation>เครื่องมือหรือทำเนียบการส่งต่อ</translation>
    </message>
    <message>
        <source>Digital tool</source>
        <translation>เครื่องมือดิจิทัล</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>งานวิจัย</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>ระเบียบวิธี</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Label in the bundled catalogue of the topic policy</extracomment>
        <translation>นโยบาย</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>มาตรฐานข้อมูล</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>สื่อสร้างความตระหนักรู้</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>ทั่วโลก</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>เอเชีย</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>เอเชียตะวันออกเฉียงใต้</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>เอเชียใต้</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>เอเชียตะวันออก</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>เอเชียกลาง</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>เอเชีย-แปซิฟิก</translation>
    </message>
    <message>
        <source>Greater Mekong</source>
        <translation>อนุภูมิภาคลุ่มแม่น้ำโขง</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>แปซิฟิก</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>ยุโรป</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>แอฟริกา</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>ทวีปอเมริกา</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>ตะวันออกกลาง</translation>
    </message>
    <message>
        <source>Age assessment</source>
        <extracomment>Label in the bundled catalogue of the topic age-assessment</extracomment>
        <translation>การประเมินอายุ</translation>
    </message>
    <message>
        <source>Asylum and trafficking nexus</source>
        <extracomment>Label in the bundled catalogue of the topic asylum-trafficking-nexus</extracomment>
        <translation>การขอลี้ภัยกับการค้ามนุษย์</translation>
    </message>
    <message>
        <source>Barriers to identification</source>
        <extracomment>Label in the bundled catalogue of the topic barriers</extracomment>
        <translation>อุปสรรคในการคัดแยก</translation>
    </message>
    <message>
        <source>Bonded labour</source>
        <extracomment>Label in the bundled catalogue of the topic bonded-labour</extracomment>
        <translation>แรงงานผูกมัด</translation>
    </message>
    <message>
        <source>Boys</source>
        <extracomment>Label in the bundled catalogue of the topic boys</extracomment>
        <translation>เด็กชาย</translation>
    </message>
    <message>
        <source>Case data</source>
        <extracomment>Label in the bundled catalogue of the topic case-data</extracomment>
        <translation>ข้อมูลรายกรณี</translation>
    </message>
    <message>
        <source>Case documentation</source>
        <extracomment>Label in the bundled catalogue of the topic case-documentation</extracomment>
        <translation>การจัดทำเอกสารรายกรณี</translation>
    </message>
    <message>
        <source>Case management</source>
        <extracomment>Label in the bundled catalogue of the topic case-management</extracomment>
        <translation>การจัดการรายกรณี</translation>
    </message>
    <message>
        <source>Case records</source>
        <extracomment>Label in the bundled catalogue of the topic case-records</extracomment>
        <translation>บันทึกรายกรณี</translation>
    </message>
    <message>
        <source>Case stories</source>
        <extracomment>Label in the bundled catalogue of the topic case-stories</extracomment>
        <translation>เรื่องราวจากกรณีจริง</translation>
    </message>
    <message>
        <source>Checklists</source>
        <extracomment>Label in the bundled catalogue of the topic checklists</extracomment>
        <translation>รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-criminal-exploitation</extracomment>
        <translation>การใช้เด็กกระทำความผิดอาญา</translation>
    </message>
    <message>
        <source>Interviewing children</source>
        <extracomment>Label in the bundled catalogue of the topic child-interview-techniques</extracomment>
        <translation>การสัมภาษณ์เด็ก</translation>
    </message>
    <message>
        <source>Child labour</source>
        <extracomment>Label in the bundled catalogue of the topic child-labour</extracomment>
        <translation>แรงงานเด็ก</translation>
    </message>
    <message>
        <source>Child protection</source>
        <extracomment>Label in the bundled catalogue of the topic child-protection</extracomment>
        <translation>การคุ้มครองเด็ก</translation>
    </message>
    <message>
        <source>Child rights</source>
        <extracomment>Label in the bundled catalogue of the topic child-rights</extracomment>
        <translation>สิทธิเด็ก</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-sexual-exploitation</extracomment>
        <translation>การแสวงประโยชน์ทางเพศจากเด็ก</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic child-trafficking</extracomment>
        <translation>การค้าเด็ก</translation>
    </message>
    <message>
        <source>Child victims</source>
        <extracomment>Label in the bundled catalogue of the topic child-victims</extracomment>
        <translation>ผู้เสียหายที่เป็นเด็ก</translation>
    </message>
    <message>
        <source>Coercion</source>
        <extracomment>Label in the bundled catalogue of the topic coercion</extracomment>
        <translation>การบังคับขู่เข็ญ</translation>
    </message>
    <message>
        <source>Community-level response</source>
        <extracomment>Label in the bundled catalogue of the topic community-level-response</extracomment>
        <translation>การรับมือระดับชุมชน</translation>
    </message>
    <message>
        <source>Community policing</source>
        <extracomment>Label in the bundled catalogue of the topic community-policing</extracomment>
        <translation>ตำรวจชุมชน</translation>
    </message>
    <message>
        <source>Compensation</source>
        <extracomment>Label in the bundled catalogue of the topic compensation</extracomment>
        <translation>ค่าสินไหมทดแทน</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>Label in the bundled catalogue of the topic complaints</extracomment>
        <translation>การร้องเรียน</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <extracomment>Label in the bundled catalogue of the topic confidentiality</extracomment>
        <translation>การรักษาความลับ</translation>
    </message>
    <message>
        <source>Cooperation with law enforcement</source>
        <extracomment>Label in the bundled catalogue of the topic cooperation-with-law-enforcement</extracomment>
        <translation>ความร่วมมือกับเจ้าหน้าที่บังคับใช้กฎหมาย</translation>
    </message>
    <message>
        <source>Counter-trafficking committees</source>
        <extracomment>Label in the bundled catalogue of the topic counter-trafficking-committees</extracomment>
        <translation>คณะกรรมการต่อต้านการค้ามนุษย์</translation>
    </message>
    <message>
        <source>Cross-border trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic cross-border-trafficking</extracomment>
        <translation>การค้ามนุษย์ข้ามชาติ</translation>
    </message>
    <message>
        <source>Data collection</source>
        <extracomment>Label in the bundled catalogue of the topic data-collection</extracomment>
        <translation>การเก็บรวบรวมข้อมูล</translation>
    </message>
    <message>
        <source>Debt</source>
        <extracomment>Label in the bundled catalogue of the topic debt</extracomment>
        <translation>หนี้สิน</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <extracomment>Label in the bundled catalogue of the topic debt-bondage</extracomment>
        <translation>แรงงานขัดหนี้</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-work</extracomment>
        <translation>งานบ้าน</translation>
    </message>
    <message>
        <source>Domestic workers</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-workers</extracomment>
        <translation>ลูกจ้างทำงานบ้าน</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Label in the bundled catalogue of the topic due-diligence</extracomment>
        <translation>การตรวจสอบรอบด้าน (Due diligence)</translation>
    </message>
    <message>
        <source>Education</source>
        <extracomment>Label in the bundled catalogue of the topic education</extracomment>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <source>Ethical interviewing</source>
        <extracomment>Label in the bundled catalogue of the topic ethical-interviewing</extracomment>
        <translation>การสัมภาษณ์อย่างมีจริยธรรม</translation>
    </message>
    <message>
        <source>Ethics</source>
        <extracomment>Label in the bundled catalogue of the topic ethics</extracomment>
        <translation>จริยธรรม</translation>
    </message>
    <message>
        <source>First contact</source>
        <extracomment>Label in the bundled catalogue of the topic first-contact</extracomment>
        <translation>การติดต่อครั้งแรก</translation>
    </message>
    <message>
        <source>First response</source>
        <extracomment>Label in the bundled catalogue of the topic first-response</extracomment>
        <translation>การตอบสนองเบื้องต้น</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Label in the bundled catalogue of the topic fishing</extracomment>
        <translation>การประมง</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <extracomment>Label in the bundled catalogue of the topic forced-criminality</extracomment>
        <translation>การบังคับให้กระทำความผิด</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour</extracomment>
        <translation>แรงงานบังคับ</translation>
    </message>
    <message>
        <source>Forced labour risk</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-risk</extracomment>
        <translation>ความเสี่ยงแรงงานบังคับ</translation>
    </message>
    <message>
        <source>Forced labour screening</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-screening</extracomment>
        <translation>การคัดกรองแรงงานบังคับ</translation>
    </message>
    <message>
        <source>Forms and templates</source>
        <extracomment>Label in the bundled catalogue of the topic forms</extracomment>
        <translation>แบบฟอร์มและแม่แบบ</translation>
    </message>
    <message>
        <source>Frontline capacity</source>
        <extracomment>Label in the bundled catalogue of the topic frontline-capacity</extracomment>
        <translation>ศักยภาพผู้ปฏิบัติงานด่านหน้า</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Label in the bundled catalogue of the topic gender</extracomment>
        <translation>เพศภาวะ</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Label in the bundled catalogue of the topic health</extracomment>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <source>Human rights</source>
        <extracomment>Label in the bundled catalogue of the topic human-rights</extracomment>
        <translation>สิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Humanitarian protection</source>
        <extracomment>Label in the bundled catalogue of the topic humanitarian-protection</extracomment>
        <translation>การคุ้มครองด้านมนุษยธรรม</translation>
    </message>
    <message>
        <source>Mapping of identification tools</source>
        <extracomment>Label in the bundled catalogue of the topic identification-tools-mapping</extracomment>
        <translation>การสำรวจเครื่องมือคัดแยก</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <extracomment>Label in the bundled catalogue of the topic identity-documents</extracomment>
        <translation>เอกสารประจำตัว</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>Label in the bundled catalogue of the topic indicators</extracomment>
        <translation>ตัวบ่งชี้</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <extracomment>Label in the bundled catalogue of the topic informed-consent</extracomment>
        <translation>ความยินยอมโดยได้รับข้อมูล</translation>
    </message>
    <message>
        <source>Inter-state coordination</source>
        <extracomment>Label in the bundled catalogue of the topic inter-state-coordination</extracomment>
        <translation>การประสานงานระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <extracomment>Label in the bundled catalogue of the topic interoperability</extracomment>
        <translation>การทำงานร่วมกันของระบบ</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>Label in the bundled catalogue of the topic interpreters; the audience interpreters</extracomment>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <extracomment>Label in the bundled catalogue of the topic interview-questions</extracomment>
        <translation>คำถามสัมภาษณ์</translation>
    </message>
    <message>
        <source>Investigation</source>
        <extracomment>Label in the bundled catalogue of the topic investigation</extracomment>
        <translation>การสืบสวนสอบสวน</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic labour-exploitation</extracomment>
        <translation>การแสวงประโยชน์จากแรงงาน</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <extracomment>Label in the bundled catalogue of the topic labour-inspection</extracomment>
        <translation>การตรวจแรงงาน</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <extracomment>Label in the bundled catalogue of the topic labour-migration</extracomment>
        <translation>การย้ายถิ่นเพื่อทำงาน</translation>
    </message>
    <message>
        <source>Labour trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic labour-trafficking</extracomment>
        <translation>การค้ามนุษย์ด้านแรงงาน</translation>
    </message>
    <message>
        <source>Language assistance</source>
        <extracomment>Label in the bundled catalogue of the topic language-assistance</extracomment>
        <translation>ความช่วยเหลือด้านภาษา</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <extracomment>Label in the bundled catalogue of the topic legal-aid</extracomment>
        <translation>ความช่วยเหลือทางกฎหมาย</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <extracomment>Label in the bundled catalogue of the topic legal-framework</extracomment>
        <translation>กรอบกฎหมาย</translation>
    </message>
    <message>
        <source>Measurement</source>
        <extracomment>Label in the bundled catalogue of the topic measurement</extracomment>
        <translation>การวัดและประมาณการ</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <extracomment>Label in the bundled catalogue of the topic medical-examination</extracomment>
        <translation>การตรวจทางการแพทย์</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <extracomment>Label in the bundled catalogue of the topic men-and-boys</extracomment>
        <translation>ผู้ชายและเด็กชาย</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <extracomment>Label in the bundled catalogue of the topic methods-of-control</extracomment>
        <translation>วิธีการควบคุมผู้เสียหาย</translation>
    </message>
    <message>
        <source>Migrant vulnerability</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-vulnerability</extracomment>
        <translation>ความเปราะบางของผู้ย้ายถิ่น</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-workers</extracomment>
        <translation>แรงงานข้ามชาติ</translation>
    </message>
    <message>
        <source>Migration routes</source>
        <extracomment>Label in the bundled catalogue of the topic migration-routes</extracomment>
        <translation>เส้นทางการย้ายถิ่น</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <extracomment>Label in the bundled catalogue of the topic misconceptions</extracomment>
        <translation>ความเข้าใจผิด</translation>
    </message>
    <message>
        <source>Missing persons</source>
        <extracomment>Label in the bundled catalogue of the topic missing-persons</extracomment>
        <translation>บุคคลสูญหาย</translation>
    </message>
    <message>
        <source>Mixed migration</source>
        <extracomment>Label in the bundled catalogue of the topic mixed-migration</extracomment>
        <translation>การย้ายถิ่นแบบผสม</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <extracomment>Label in the bundled catalogue of the topic modern-slavery</extracomment>
        <translation>ทาสยุคใหม่</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Label in the bundled catalogue of the topic monitoring</extracomment>
        <translation>การติดตามตรวจสอบ</translation>
    </message>
    <message>
        <source>National referral mechanisms (NRMs)</source>
        <extracomment>Label in the bundled catalogue of the topic national-referral-mechanisms</extracomment>
        <translation>กลไกการส่งต่อระดับชาติ (NRMs)</translation>
    </message>
    <message>
        <source>National responses</source>
        <extracomment>Label in the bundled catalogue of the topic national-responses</extracomment>
        <translation>การรับมือของแต่ละประเทศ</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>Label in the bundled catalogue of the topic needs-assessment</extracomment>
        <translation>การประเมินความต้องการ</translation>
    </message>
    <message>
        <source>Non-criminalisation</source>
        <extracomment>Label in the bundled catalogue of the topic non-criminalization</extracomment>
        <translation>การไม่เอาผิดทางอาญา</translation>
    </message>
    <message>
        <source>Non-identification</source>
        <extracomment>Label in the bundled catalogue of the topic non-identification</extracomment>
        <translation>การไม่ได้รับการคัดแยก</translation>
    </message>
    <message>
        <source>Non-punishment principle</source>
        <extracomment>Label in the bundled catalogue of the topic non-punishment</extracomment>
        <translation>หลักการไม่ลงโทษ</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <extracomment>Label in the bundled catalogue of the topic occupational-health</extracomment>
        <translation>ความปลอดภัยและอาชีวอนามัย</translation>
    </message>
    <message>
        <source>Online child sexual exploitation and abuse (OCSEA)</source>
        <extracomment>Label in the bundled catalogue of the topic ocsea</extracomment>
        <translation>การแสวงประโยชน์และล่วงละเมิดทางเพศเด็กออนไลน์ (OCSEA)</translation>
    </message>
    <message>
        <source>Online scam centres</source>
        <extracomment>Label in the bundled catalogue of the topic online-scam-centres</extracomment>
        <translation>ศูนย์หลอกลวงออนไลน์</translation>
    </message>
    <message>
        <source>Placement fees</source>
        <extracomment>Label in the bundled catalogue of the topic placement-fees</extracomment>
        <translation>ค่าบริการจัดหางาน</translation>
    </message>
    <message>
        <source>Post-rescue care</source>
        <extracomment>Label in the bundled catalogue of the topic post-rescue-care</extracomment>
        <translation>การดูแลหลังการเข้าช่วยเหลือ</translation>
    </message>
    <message>
        <source>Post-trafficking services</source>
        <extracomment>Label in the bundled catalogue of the topic post-trafficking-services</extracomment>
        <translation>บริการหลังพ้นจากการค้ามนุษย์</translation>
    </message>
    <message>
        <source>Prevention</source>
        <extracomment>Label in the bundled catalogue of the topic prevention</extracomment>
        <translation>การป้องกัน</translation>
    </message>
    <message>
        <source>Prison labour</source>
        <extracomment>Label in the bundled catalogue of the topic prison-labour</extracomment>
        <translation>แรงงานในเรือนจำ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Label in the bundled catalogue of the topic privacy</extracomment>
        <translation>ความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Programme design</source>
        <extracomment>Label in the bundled catalogue of the topic programming</extracomment>
        <translation>การออกแบบโครงการ</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <extracomment>Label in the bundled catalogue of the topic prosecution</extracomment>
        <translation>การดำเนินคดี</translation>
    </message>
    <message>
        <source>Receipt and repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic receipt-and-repatriation</extracomment>
        <translation>การรับตัวและส่งกลับ</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Label in the bundled catalogue of the topic recovery</extracomment>
        <translation>การฟื้นฟู</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment</extracomment>
        <translation>การจัดหางาน</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment-fees</extracomment>
        <translation>ค่าธรรมเนียมการจัดหางาน</translation>
    </message>
    <message>
        <source>Referral</source>
        <extracomment>Label in the bundled catalogue of the topic referral</extracomment>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <extracomment>Label in the bundled catalogue of the topic referral-contacts</extracomment>
        <translation>ผู้ติดต่อสำหรับการส่งต่อ</translation>
    </message>
    <message>
        <source>Referral information</source>
        <extracomment>Label in the bundled catalogue of the topic referral-information</extracomment>
        <translation>ข้อมูลการส่งต่อ</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <extracomment>Label in the bundled catalogue of the topic referral-to-services</extracomment>
        <translation>การส่งต่อเพื่อรับบริการ</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <extracomment>Label in the bundled catalogue of the topic regional-cooperation</extracomment>
        <translation>ความร่วมมือระดับภูมิภาค</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <extracomment>Label in the bundled catalogue of the topic rehabilitation</extracomment>
        <translation>การบำบัดฟื้นฟู</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic reintegration</extracomment>
        <translation>การคืนสู่สังคม</translation>
    </message>
    <message>
        <source>Remedies and redress</source>
        <extracomment>Label in the bundled catalogue of the topic remedies</extracomment>
        <translation>การเยียวยา</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic repatriation</extracomment>
        <translation>การส่งกลับ</translation>
    </message>
    <message>
        <source>Reporting</source>
        <extracomment>Label in the bundled catalogue of the topic reporting</extracomment>
        <translation>การรายงาน</translation>
    </message>
    <message>
        <source>Reporting mechanisms</source>
        <extracomment>Label in the bundled catalogue of the topic reporting-mechanisms</extracomment>
        <translation>กลไกการแจ้งเหตุ</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>Label in the bundled catalogue of the topic rescue</extracomment>
        <translation>การเข้าช่วยเหลือ</translation>
    </message>
    <message>
        <source>Rescue planning</source>
        <extracomment>Label in the bundled catalogue of the topic rescue-planning</extracomment>
        <translation>การวางแผนเข้าช่วยเหลือ</translation>
    </message>
    <message>
        <source>Research ethics</source>
        <extracomment>Label in the bundled catalogue of the topic research-ethics</extracomment>
        <translation>จริยธรรมการวิจัย</translation>
    </message>
    <message>
        <source>Responsible data</source>
        <extracomment>Label in the bundled catalogue of the topic responsible-data</extracomment>
        <translation>การใช้ข้อมูลอย่างรับผิดชอบ</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic return-and-reintegration</extracomment>
        <translation>การส่งกลับและคืนสู่สังคม</translation>
    </message>
    <message>
        <source>Safe response</source>
        <extracomment>Label in the bundled catalogue of the topic safe-response</extracomment>
        <translation>การตอบสนองอย่างปลอดภัย</translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Label in the bundled catalogue of the topic safety</extracomment>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <source>Screening</source>
        <extracomment>Label in the bundled catalogue of the topic screening</extracomment>
        <translation>การคัดกรอง</translation>
    </message>
    <message>
        <source>Screening forms</source>
        <extracomment>Label in the bundled catalogue of the topic screening-forms</extracomment>
        <translation>แบบฟอร์มคัดกรอง</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <extracomment>Label in the bundled catalogue of the topic screening-interview</extracomment>
        <translation>การสัมภาษณ์คัดกรอง</translation>
    </message>
    <message>
        <source>Screening tools</source>
        <extracomment>Label in the bundled catalogue of the topic screening-tools</extracomment>
        <translation>เครื่องมือคัดกรอง</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <extracomment>Label in the bundled catalogue of the topic seafood-processing</extracomment>
        <translation>การแปรรูปอาหารทะเล</translation>
    </message>
    <message>
        <source>Self-identification</source>
        <extracomment>Label in the bundled catalogue of the topic self-identification</extracomment>
        <translation>การระบุตนเองว่าเป็นผู้เสียหาย</translation>
    </message>
    <message>
        <source>Self-reporting</source>
        <extracomment>Label in the bundled catalogue of the topic self-reporting</extracomment>
        <translation>การแจ้งเหตุด้วยตนเอง</translation>
    </message>
    <message>
        <source>Service directory</source>
        <extracomment>Label in the bundled catalogue of the topic service-directory</extracomment>
        <translation>ทำเนียบหน่วยบริการ</translation>
    </message>
    <message>
        <source>Sex trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic sex-trafficking</extracomment>
        <translation>การค้ามนุษย์ทางเพศ</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic sexual-exploitation</extracomment>
        <translation>การแสวงประโยชน์ทางเพศ</translation>
    </message>
    <message>
        <source>Shelter</source>
        <extracomment>Label in the bundled catalogue of the topic shelter</extracomment>
        <translation>สถานคุ้มครอง</translation>
    </message>
    <message>
        <source>Social audit</source>
        <extracomment>Label in the bundled catalogue of the topic social-audit</extracomment>
        <translation>การตรวจประเมินทางสังคม</translation>
    </message>
    <message>
        <source>Youth of diverse sexual orientation, gender identity and expression (SOGIE)</source>
        <extracomment>Label in the bundled catalogue of the topic sogie-youth</extracomment>
        <translation>เยาวชนที่มีความหลากหลายทางเพศ (SOGIE)</translation>
    </message>
    <message>
        <source>Standard of evidence</source>
        <extracomment>Label in the bundled catalogue of the topic standard-of-evidence</extracomment>
        <translation>มาตรฐานพยานหลักฐาน</translation>
    </message>
    <message>
        <source>State obligations</source>
        <extracomment>Label in the bundled catalogue of the topic state-obligations</extracomment>
        <translation>พันธกรณีของรัฐ</translation>
    </message>
    <message>
        <source>Statutory duties</source>
        <extracomment>Label in the bundled catalogue of the topic statutory-duties</extracomment>
        <translation>หน้าที่ตามกฎหมาย</translation>
    </message>
    <message>
        <source>Street-involved children</source>
        <extracomment>Label in the bundled catalogue of the topic street-involved-children</extracomment>
        <translation>เด็กข้างถนน</translation>
    </message>
    <message>
        <source>Supply chains</source>
        <extracomment>Label in the bundled catalogue of the topic supply-chains</extracomment>
        <translation>ห่วงโซ่อุปทาน</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Label in the bundled catalogue of the topic surveys</extracomment>
        <translation>การสำรวจ</translation>
    </message>
    <message>
        <source>Survivor perspectives</source>
        <extracomment>Label in the bundled catalogue of the topic survivor-perspectives</extracomment>
        <translation>มุมมองของผู้รอดชีวิต</translation>
    </message>
    <message>
        <source>Technical Intern Training Program (Japan)</source>
        <extracomment>Label in the bundled catalogue of the topic technical-intern-training-program</extracomment>
        <translation>โครงการฝึกปฏิบัติงานด้านเทคนิค (ญี่ปุ่น)</translation>
    </message>
    <message>
        <source>Terminology</source>
        <extracomment>Label in the bundled catalogue of the topic terminology</extracomment>
        <translation>ศัพท์เฉพาะ</translation>
    </message>
    <message>
        <source>Trafficking (general)</source>
        <extracomment>Label in the bundled catalogue of the topic trafficking-general</extracomment>
        <translation>การค้ามนุษย์ (ทั่วไป)</translation>
    </message>
    <message>
        <source>Trauma indicators</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-indicators</extracomment>
        <translation>สัญญาณของบาดแผลทางใจ</translation>
    </message>
    <message>
        <source>Trauma-informed care</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-care</extracomment>
        <translation>การดูแลที่คำนึงถึงบาดแผลทางใจ</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-practice</extracomment>
        <translation>การปฏิบัติงานที่คำนึงถึงบาดแผลทางใจ</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <extracomment>Label in the bundled catalogue of the topic travel-and-tourism</extracomment>
        <translation>การเดินทางและการท่องเที่ยว</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic types-of-exploitation</extracomment>
        <translation>รูปแบบการแสวงประโยชน์</translation>
    </message>
    <message>
        <source>Unaccompanied and separated children</source>
        <extracomment>Label in the bundled catalogue of the topic unaccompanied-children</extracomment>
        <translation>เด็กที่เดินทางลำพังและพลัดพราก</translation>
    </message>
    <message>
        <source>Victim assistance</source>
        <extracomment>Label in the bundled catalogue of the topic victim-assistance</extracomment>
        <translation>การช่วยเหลือผู้เสียหาย</translation>
    </message>
    <message>
        <source>Victim-centred approach</source>
        <extracomment>Label in the bundled catalogue of the topic victim-centred-approach</extracomment>
        <translation>การยึดผู้เสียหายเป็นศูนย์กลาง</translation>
    </message>
    <message>
        <source>Victim-friendly procedures</source>
        <extracomment>Label in the bundled catalogue of the topic victim-friendly-procedures</extracomment>
        <translation>กระบวนการที่เป็นมิตรกับผู้เสียหาย</translation>
    </message>
    <message>
        <source>Victim identification</source>
        <extracomment>Label in the bundled catalogue of the topic victim-identification</extracomment>
        <translation>การคัดแยกผู้เสียหาย</translation>
    </message>
    <message>
        <source>Victim protection</source>
        <extracomment>Label in the bundled catalogue of the topic victim-protection</extracomment>
        <translation>การคุ้มครองผู้เสียหาย</translation>
    </message>
    <message>
        <source>Victim witnesses</source>
        <extracomment>Label in the bundled catalogue of the topic victim-witnesses</extracomment>
        <translation>ผู้เสียหายที่เป็นพยาน</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <extracomment>Label in the bundled catalogue of the topic withholding-of-wages</extracomment>
        <translation>การกักค่าจ้าง</translation>
    </message>
    <message>
        <source>Women migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic women-migrant-workers</extracomment>
        <translation>แรงงานข้ามชาติหญิง</translation>
    </message>
    <message>
        <source>Women victims</source>
        <extracomment>Label in the bundled catalogue of the topic women-victims</extracomment>
        <translation>ผู้เสียหายที่เป็นผู้หญิง</translation>
    </message>
    <message>
        <source>ASEAN government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience asean-government-agencies</extracomment>
        <translation>หน่วยงานรัฐในอาเซียน</translation>
    </message>
    <message>
        <source>Border guards</source>
        <extracomment>Label in the bundled catalogue of the audience border-guards</extracomment>
        <translation>เจ้าหน้าที่รักษาชายแดน</translation>
    </message>
    <message>
        <source>Border officials</source>
        <extracomment>Label in the bundled catalogue of the audience border-officials</extracomment>
        <translation>เจ้าหน้าที่ด่านชายแดน</translation>
    </message>
    <message>
        <source>Border police</source>
        <extracomment>Label in the bundled catalogue of the audience border-police</extracomment>
        <translation>ตำรวจชายแดน</translation>
    </message>
    <message>
        <source>Business</source>
        <extracomment>Label in the bundled catalogue of the audience business</extracomment>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Case managers</source>
        <extracomment>Label in the bundled catalogue of the audience case-managers</extracomment>
        <translation>ผู้จัดการรายกรณี</translation>
    </message>
    <message>
        <source>Case workers</source>
        <extracomment>Label in the bundled catalogue of the audience case-workers</extracomment>
        <translation>เจ้าหน้าที่ดูแลรายกรณี</translation>
    </message>
    <message>
        <source>Child protection workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-protection-workers</extracomment>
        <translation>ผู้ปฏิบัติงานคุ้มครองเด็ก</translation>
    </message>
    <message>
        <source>Child welfare agencies</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-agencies</extracomment>
        <translation>หน่วยงานสวัสดิภาพเด็ก</translation>
    </message>
    <message>
        <source>Child welfare committees</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-committees</extracomment>
        <translation>คณะกรรมการสวัสดิภาพเด็ก</translation>
    </message>
    <message>
        <source>Child welfare workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-workers</extracomment>
        <translation>เจ้าหน้าที่สวัสดิภาพเด็ก</translation>
    </message>
    <message>
        <source>Civil society</source>
        <extracomment>Label in the bundled catalogue of the audience civil-society</extracomment>
        <translation>ภาคประชาสังคม</translation>
    </message>
    <message>
        <source>Commune police</source>
        <extracomment>Label in the bundled catalogue of the audience commune-police</extracomment>
        <translation>ตำรวจระดับตำบล</translation>
    </message>
    <message>
        <source>Community monitors</source>
        <extracomment>Label in the bundled catalogue of the audience community-monitors</extracomment>
        <translation>ผู้เฝ้าระวังในชุมชน</translation>
    </message>
    <message>
        <source>Competent authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience competent-authority-staff</extracomment>
        <translation>เจ้าหน้าที่หน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Compliance staff</source>
        <extracomment>Label in the bundled catalogue of the audience compliance-staff</extracomment>
        <translation>เจ้าหน้าที่ด้านการปฏิบัติตามข้อกำหนด</translation>
    </message>
    <message>
        <source>Consular officials</source>
        <extracomment>Label in the bundled catalogue of the audience consular-officials</extracomment>
        <translation>เจ้าหน้าที่กงสุล</translation>
    </message>
    <message>
        <source>Criminal justice practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience criminal-justice-practitioners</extracomment>
        <translation>ผู้ปฏิบัติงานในกระบวนการยุติธรรมทางอาญา</translation>
    </message>
    <message>
        <source>Data collection agencies</source>
        <extracomment>Label in the bundled catalogue of the audience data-collection-agencies</extracomment>
        <translation>หน่วยงานเก็บรวบรวมข้อมูล</translation>
    </message>
    <message>
        <source>Educators</source>
        <extracomment>Label in the bundled catalogue of the audience educators</extracomment>
        <translation>นักการศึกษา</translation>
    </message>
    <message>
        <source>Employers</source>
        <extracomment>Label in the bundled catalogue of the audience employers</extracomment>
        <translation>นายจ้าง</translation>
    </message>
    <message>
        <source>Employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience employers-organisations</extracomment>
        <translation>องค์การนายจ้าง</translation>
    </message>
    <message>
        <source>Enforcement agencies</source>
        <extracomment>Label in the bundled catalogue of the audience enforcement-agencies</extracomment>
        <translation>หน่วยงานบังคับใช้กฎหมาย</translation>
    </message>
    <message>
        <source>First responders</source>
        <extracomment>Label in the bundled catalogue of the audience first-responders</extracomment>
        <translation>เจ้าหน้าที่ด่านแรก</translation>
    </message>
    <message>
        <source>Fisheries officers</source>
        <extracomment>Label in the bundled catalogue of the audience fisheries-officers</extracomment>
        <translation>เจ้าหน้าที่ประมง</translation>
    </message>
    <message>
        <source>Frontline actors</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-actors</extracomment>
        <translation>ผู้มีบทบาทด่านหน้า</translation>
    </message>
    <message>
        <source>Frontline agencies</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-agencies</extracomment>
        <translation>หน่วยงานด่านหน้า</translation>
    </message>
    <message>
        <source>Frontline organisations</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-organisations</extracomment>
        <translation>องค์กรด่านหน้า</translation>
    </message>
    <message>
        <source>Frontline practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-practitioners</extracomment>
        <translation>ผู้ปฏิบัติงานด่านหน้า</translation>
    </message>
    <message>
        <source>Frontline responders</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-responders</extracomment>
        <translation>ผู้ตอบสนองด่านหน้า</translation>
    </message>
    <message>
        <source>Frontline screening officers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-screening-officers</extracomment>
        <translation>เจ้าหน้าที่คัดกรองด่านหน้า</translation>
    </message>
    <message>
        <source>Frontline staff (government, international organisations, NGOs)</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-staff-government-io-ngo</extracomment>
        <translation>เจ้าหน้าที่ด่านหน้า (รัฐ องค์การระหว่างประเทศ องค์กรพัฒนาเอกชน)</translation>
    </message>
    <message>
        <source>Frontline support workers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-support-workers</extracomment>
        <translation>เจ้าหน้าที่ช่วยเหลือด่านหน้า</translation>
    </message>
    <message>
        <source>General public</source>
        <extracomment>Label in the bundled catalogue of the audience general-public</extracomment>
        <translation>ประชาชนทั่วไป</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience government-agencies</extracomment>
        <translation>หน่วยงานรัฐ</translation>
    </message>
    <message>
        <source>Government officials</source>
        <extracomment>Label in the bundled catalogue of the audience government-officials</extracomment>
        <translation>เจ้าหน้าที่รัฐ</translation>
    </message>
    <message>
        <source>Government service providers</source>
        <extracomment>Label in the bundled catalogue of the audience government-service-providers</extracomment>
        <translation>หน่วยบริการของรัฐ</translation>
    </message>
    <message>
        <source>Governments</source>
        <extracomment>Label in the bundled catalogue of the audience governments</extracomment>
        <translation>รัฐบาล</translation>
    </message>
    <message>
        <source>Health and social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience health-and-social-service-providers</extracomment>
        <translation>ผู้ให้บริการด้านสุขภาพและสังคม</translation>
    </message>
    <message>
        <source>Health workers</source>
        <extracomment>Label in the bundled catalogue of the audience health-workers</extracomment>
        <translation>บุคลากรด้านสุขภาพ</translation>
    </message>
    <message>
        <source>Helplines</source>
        <extracomment>Label in the bundled catalogue of the audience helplines</extracomment>
        <translation>สายด่วนช่วยเหลือ</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <extracomment>Label in the bundled catalogue of the audience hospitals</extracomment>
        <translation>โรงพยาบาล</translation>
    </message>
    <message>
        <source>HR staff</source>
        <extracomment>Label in the bundled catalogue of the audience hr-staff</extracomment>
        <translation>เจ้าหน้าที่ฝ่ายบุคคล</translation>
    </message>
    <message>
        <source>Humanitarian actors</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-actors</extracomment>
        <translation>ผู้มีบทบาทด้านมนุษยธรรม</translation>
    </message>
    <message>
        <source>Humanitarian workers</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-workers</extracomment>
        <translation>ผู้ปฏิบัติงานด้านมนุษยธรรม</translation>
    </message>
    <message>
        <source>Identifying authorities</source>
        <extracomment>Label in the bundled catalogue of the audience identifying-authorities</extracomment>
        <translation>หน่วยงานที่ทำหน้าที่คัดแยก</translation>
    </message>
    <message>
        <source>Immigration officials</source>
        <extracomment>Label in the bundled catalogue of the audience immigration-officials</extracomment>
        <translation>เจ้าหน้าที่ตรวจคนเข้าเมือง</translation>
    </message>
    <message>
        <source>Implementing agencies</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-agencies</extracomment>
        <translation>หน่วยงานผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-partners</extracomment>
        <translation>ภาคีผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Industry</source>
        <extracomment>Label in the bundled catalogue of the audience industry</extracomment>
        <translation>ภาคอุตสาหกรรม</translation>
    </message>
    <message>
        <source>IOM and UNHCR country offices</source>
        <extracomment>Label in the bundled catalogue of the audience iom-and-unhcr-country-offices</extracomment>
        <translation>สำนักงาน IOM และ UNHCR ประจำประเทศ</translation>
    </message>
    <message>
        <source>Judges</source>
        <extracomment>Label in the bundled catalogue of the audience judges</extracomment>
        <translation>ผู้พิพากษา</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <extracomment>Label in the bundled catalogue of the audience labour-inspectors</extracomment>
        <translation>พนักงานตรวจแรงงาน</translation>
    </message>
    <message>
        <source>Labour officials</source>
        <extracomment>Label in the bundled catalogue of the audience labour-officials</extracomment>
        <translation>เจ้าหน้าที่แรงงาน</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <extracomment>Label in the bundled catalogue of the audience law-enforcement</extracomment>
        <translation>เจ้าหน้าที่บังคับใช้กฎหมาย</translation>
    </message>
    <message>
        <source>Legal case workers</source>
        <extracomment>Label in the bundled catalogue of the audience legal-case-workers</extracomment>
        <translation>เจ้าหน้าที่ดูแลคดี</translation>
    </message>
    <message>
        <source>Legal practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience legal-practitioners</extracomment>
        <translation>นักกฎหมาย</translation>
    </message>
    <message>
        <source>Local authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience local-authority-staff</extracomment>
        <translation>เจ้าหน้าที่ท้องถิ่น</translation>
    </message>
    <message>
        <source>Local government</source>
        <extracomment>Label in the bundled catalogue of the audience local-government</extracomment>
        <translation>องค์กรปกครองส่วนท้องถิ่น</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Label in the bundled catalogue of the audience media</extracomment>
        <translation>สื่อมวลชน</translation>
    </message>
    <message>
        <source>Mental health clinicians</source>
        <extracomment>Label in the bundled catalogue of the audience mental-health-clinicians</extracomment>
        <translation>บุคลากรด้านสุขภาพจิต</translation>
    </message>
    <message>
        <source>Multidisciplinary teams</source>
        <extracomment>Label in the bundled catalogue of the audience multi-disciplinary-teams</extracomment>
        <translation>ทีมสหวิชาชีพ</translation>
    </message>
    <message>
        <source>NGO staff</source>
        <extracomment>Label in the bundled catalogue of the audience ngo-staff</extracomment>
        <translation>เจ้าหน้าที่องค์กรพัฒนาเอกชน</translation>
    </message>
    <message>
        <source>Non-state actors supporting governments</source>
        <extracomment>Label in the bundled catalogue of the audience non-state-actors-supporting-governments</extracomment>
        <translation>ภาคส่วนนอกภาครัฐที่สนับสนุนรัฐบาล</translation>
    </message>
    <message>
        <source>National referral mechanism (NRM) stakeholders</source>
        <extracomment>Label in the bundled catalogue of the audience nrm-stakeholders</extracomment>
        <translation>ภาคีกลไกการส่งต่อระดับชาติ (NRM)</translation>
    </message>
    <message>
        <source>Paediatricians</source>
        <extracomment>Label in the bundled catalogue of the audience paediatricians</extracomment>
        <translation>กุมารแพทย์</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <extracomment>Label in the bundled catalogue of the audience partner-agencies</extracomment>
        <translation>หน่วยงานภาคี</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Label in the bundled catalogue of the audience police</extracomment>
        <translation>ตำรวจ</translation>
    </message>
    <message>
        <source>Police first responders</source>
        <extracomment>Label in the bundled catalogue of the audience police-first-responders</extracomment>
        <translation>ตำรวจด่านแรก</translation>
    </message>
    <message>
        <source>Police investigators</source>
        <extracomment>Label in the bundled catalogue of the audience police-investigators</extracomment>
        <translation>พนักงานสอบสวน</translation>
    </message>
    <message>
        <source>Policymakers</source>
        <extracomment>Label in the bundled catalogue of the audience policymakers</extracomment>
        <translation>ผู้กำหนดนโยบาย</translation>
    </message>
    <message>
        <source>Port authorities</source>
        <extracomment>Label in the bundled catalogue of the audience port-authorities</extracomment>
        <translation>เจ้าหน้าที่ท่าเรือ</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience practitioners</extracomment>
        <translation>ผู้ปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Probation officers</source>
        <extracomment>Label in the bundled catalogue of the audience probation-officers</extracomment>
        <translation>พนักงานคุมประพฤติ</translation>
    </message>
    <message>
        <source>Project staff</source>
        <extracomment>Label in the bundled catalogue of the audience project-staff</extracomment>
        <translation>เจ้าหน้าที่โครงการ</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <extracomment>Label in the bundled catalogue of the audience prosecutors</extracomment>
        <translation>พนักงานอัยการ</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <extracomment>Label in the bundled catalogue of the audience public-authorities</extracomment>
        <translation>หน่วยงานราชการ</translation>
    </message>
    <message>
        <source>Public health workers</source>
        <extracomment>Label in the bundled catalogue of the audience public-health-workers</extracomment>
        <translation>เจ้าหน้าที่สาธารณสุข</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <extracomment>Label in the bundled catalogue of the audience reception-staff</extracomment>
        <translation>เจ้าหน้าที่แรกรับ</translation>
    </message>
    <message>
        <source>Recruitment agencies</source>
        <extracomment>Label in the bundled catalogue of the audience recruitment-agencies</extracomment>
        <translation>บริษัทจัดหางาน</translation>
    </message>
    <message>
        <source>Red Cross and Red Crescent staff and volunteers</source>
        <extracomment>Label in the bundled catalogue of the audience red-cross-red-crescent-staff-and-volunteers</extracomment>
        <translation>เจ้าหน้าที่และอาสาสมัครกาชาดและเสี้ยววงเดือนแดง</translation>
    </message>
    <message>
        <source>Researchers</source>
        <extracomment>Label in the bundled catalogue of the audience researchers</extracomment>
        <translation>นักวิจัย</translation>
    </message>
    <message>
        <source>Service providers</source>
        <extracomment>Label in the bundled catalogue of the audience service-providers</extracomment>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Social affairs officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-affairs-officials</extracomment>
        <translation>เจ้าหน้าที่ด้านสังคม</translation>
    </message>
    <message>
        <source>Social auditors</source>
        <extracomment>Label in the bundled catalogue of the audience social-auditors</extracomment>
        <translation>ผู้ตรวจประเมินทางสังคม</translation>
    </message>
    <message>
        <source>Social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience social-service-providers</extracomment>
        <translation>ผู้ให้บริการทางสังคม</translation>
    </message>
    <message>
        <source>Social welfare officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-welfare-officials</extracomment>
        <translation>เจ้าหน้าที่สวัสดิการสังคม</translation>
    </message>
    <message>
        <source>Social workers</source>
        <extracomment>Label in the bundled catalogue of the audience social-workers</extracomment>
        <translation>นักสังคมสงเคราะห์</translation>
    </message>
    <message>
        <source>Software developers</source>
        <extracomment>Label in the bundled catalogue of the audience software-developers</extracomment>
        <translation>นักพัฒนาซอฟต์แวร์</translation>
    </message>
    <message>
        <source>Stakeholders in the fishing sector</source>
        <extracomment>Label in the bundled catalogue of the audience stakeholders-in-fishing-sector</extracomment>
        <translation>ผู้มีส่วนได้ส่วนเสียในภาคประมง</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Label in the bundled catalogue of the audience states</extracomment>
        <translation>รัฐ</translation>
    </message>
    <message>
        <source>Statistical offices</source>
        <extracomment>Label in the bundled catalogue of the audience statistical-offices</extracomment>
        <translation>สำนักงานสถิติ</translation>
    </message>
    <message>
        <source>Support providers</source>
        <extracomment>Label in the bundled catalogue of the audience support-providers</extracomment>
        <translation>ผู้ให้ความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Tool developers</source>
        <extracomment>Label in the bundled catalogue of the audience tool-developers</extracomment>
        <translation>ผู้พัฒนาเครื่องมือ</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <extracomment>Label in the bundled catalogue of the audience trade-unions</extracomment>
        <translation>สหภาพแรงงาน</translation>
    </message>
    <message>
        <source>Trainers</source>
        <extracomment>Label in the bundled catalogue of the audience trainers</extracomment>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <source>USAID staff</source>
        <extracomment>Label in the bundled catalogue of the audience usaid-staff</extracomment>
        <translation>เจ้าหน้าที่ USAID</translation>
    </message>
    <message>
        <source>Victim service providers</source>
        <extracomment>Label in the bundled catalogue of the audience victim-service-providers</extracomment>
        <translation>ผู้ให้บริการแก่ผู้เสียหาย</translation>
    </message>
    <message>
        <source>Village officials</source>
        <extracomment>Label in the bundled catalogue of the audience village-officials</extracomment>
        <translation>เจ้าหน้าที่ระดับหมู่บ้าน</translation>
    </message>
    <message>
        <source>Village police</source>
        <extracomment>Label in the bundled catalogue of the audience village-police</extracomment>
        <translation>ตำรวจประจำหมู่บ้าน</translation>
    </message>
    <message>
        <source>Workers&apos; and employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-and-employers-organisations</extracomment>
        <translation>องค์การลูกจ้างและนายจ้าง</translation>
    </message>
    <message>
        <source>Workers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-organisations</extracomment>
        <translation>องค์การลูกจ้าง</translation>
    </message>
    <message>
        <source>Youth services</source>
        <extracomment>Label in the bundled catalogue of the audience youth-services</extracomment>
        <translation>บริการสำหรับเยาวชน</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation>นี่คือแคตตาล็อกแรกที่ติดตั้งในเครื่องนี้ จึงไม่มีอะไรให้เปรียบเทียบ</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>รุ่น {version}</translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation>แคตตาล็อกก่อนหน้า</translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation>จาก{start} เป็น&lt;b&gt;รุ่น {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>ไม่มีเอกสารใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>New resources</source>
        <translation>เอกสารใหม่</translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation>เอกสารที่เปลี่ยน (ฉบับใหม่)</translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation>นำออกจากแคตตาล็อกแล้ว</translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation>บุ๊กมาร์กและบันทึกของคุณ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>ฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation>ไม่มีบุ๊กมาร์กหรือบันทึกของคุณได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation>การค้นหาที่บันทึกไว้ซึ่งมีผลลัพธ์ใหม่</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>ใหม่ {count}</translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation>ไม่มีการค้นหาที่บันทึกไว้ใดมีผลลัพธ์ใหม่</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation>RefDesk — มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation>สิ่งที่การอัปเดตแคตตาล็อกครั้งล่าสุดเปลี่ยน และผลต่อบุ๊กมาร์กของคุณ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation>รายการเอกสาร Tab เพื่อเลื่อนระหว่างลิงก์ Enter เพื่อเปิด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>ปิดรายการนี้</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation>เลือกเอกสารก่อน แล้ว Alt+5 จะพาไปที่บันทึกของคุณสำหรับเอกสารนั้น</translation>
    </message>
    <message>
        <source>system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>ธีม: {theme}</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>ขนาดตัวอักษร: {size} พอยต์</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <translation>ทุกปี</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>วิธีใช้: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>อาร์กิวเมนต์ตามตำแหน่ง</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>แสดงข้อความช่วยเหลือนี้แล้วออก</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>อาร์กิวเมนต์ %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ค่าที่เลือกไม่ถูกต้อง: %(value)r (เลือกได้จาก %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ค่า %(type)s ไม่ถูกต้อง: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ต้องมีอาร์กิวเมนต์หนึ่งตัว</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>มีอาร์กิวเมนต์ได้ไม่เกินหนึ่งตัว</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ต้องมีอาร์กิวเมนต์อย่างน้อยหนึ่งตัว</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ต้องมีอาร์กิวเมนต์ %s ตัว</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ต้องมีอาร์กิวเมนต์ %s ตัว</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ต้องระบุอาร์กิวเมนต์ต่อไปนี้: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ไม่รู้จักอาร์กิวเมนต์: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ตัวเลือกกำกวม: %(option)s อาจหมายถึง %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ต้องระบุอาร์กิวเมนต์ใดอาร์กิวเมนต์หนึ่งใน %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ใช้ร่วมกับอาร์กิวเมนต์ %s ไม่ได้</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ละเว้นอาร์กิวเมนต์ที่ระบุไว้ %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>เปิด &apos;%(filename)s&apos; ไม่ได้: %(error)s</translation>
    </message>
</context>
</TS>
