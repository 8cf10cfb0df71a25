<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<!-- NOT YET REVIEWED by a native speaker. Vietnamese drafted during development (machine-assisted, not by a native speaker); a native-speaking reviewer should check every message (see docs/translating.md) and then delete this line. -->
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>Đưa con trỏ vào ô tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Xoá ô tìm kiếm</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>Xoá hết chữ trong ô tìm kiếm</translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation>Dùng cách viết được &amp;gợi ý</translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation>Tìm theo từ gợi ý trong “Ý bạn là”</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Xoá &amp;bộ lọc</translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation>Bỏ mọi bộ lọc và khoảng năm</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>Sắp xếp theo mức &amp;liên quan</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>Kết quả khớp nhất lên trước</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>Sắp xếp theo &amp;mới nhất</translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation>Năm gần nhất lên trước</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>Sắp xếp theo &amp;tiêu đề</translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation>Theo thứ tự chữ cái của tiêu đề</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Bộ lọc</translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation>Chuyển đến các bộ lọc bên trái</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation>Chuyển đến danh sách kết quả</translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation>Chi tiết tài &amp;liệu</translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation>Chuyển đến tài liệu đang chọn bên phải</translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation>Thanh &amp;dấu trang</translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation>Chuyển đến dấu trang, bộ sưu tập, mục gần đây và tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation>&amp;Ghi chú của tôi</translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation>Chuyển đến ghi chú của bạn về tài liệu đang chọn</translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation>Đánh &amp;dấu tài liệu này</translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation>Đánh dấu tài liệu đang chọn, hoặc bỏ dấu trang của nó</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>Thêm vào &amp;bộ sưu tập…</translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation>Đưa tài liệu đang chọn vào một bộ sưu tập hoặc lấy ra</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation>&amp;Ghi nhận ấn bản mới</translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation>Xác nhận đã xem tài liệu đã thay đổi: dấu trang và ghi chú sẽ chuyển theo ấn bản mới</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>Bộ sưu tập &amp;mới…</translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation>Tạo một bộ sưu tập trống</translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation>&amp;Lưu tìm kiếm này</translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation>Giữ lại từ khoá và bộ lọc; sau mỗi lần cập nhật sẽ cho biết có bao nhiêu kết quả mới</translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation>&amp;Hiện hoặc ẩn thanh bên</translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation>Dấu trang, bộ sưu tập, tài liệu gần đây và tìm kiếm đã lưu ở bên trái</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Mở tài liệu</translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation>Mở tài liệu đang chọn tại trang khớp nhất</translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation>&amp;Quay lại kết quả</translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation>Đóng tài liệu và quay lại danh sách kết quả</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>&amp;Tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation>Tìm trong tài liệu đang mở; nhiều từ được tô sáng riêng từng từ</translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation>Chỗ khớp &amp;kế tiếp</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>Đến từ được tô sáng tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation>Chỗ khớp t&amp;rước</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>Đến từ được tô sáng trước đó</translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>Hiện trang sau</translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation>Trang trướ&amp;c</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>Hiện trang trước</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Đến trang…</translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation>Nhập số trang</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>Làm trang to hơn</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>Làm trang nhỏ hơn</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Vừa bề rộng</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Chỉnh trang cho vừa bề rộng cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation>Sao chép địa chỉ &amp;web của tài liệu</translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation>Sao chép URL gốc; RefDesk không bao giờ tự mở địa chỉ này</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;lớn hơn</translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation>Tăng cỡ chữ (được ghi nhớ)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation>Giảm cỡ chữ (được ghi nhớ)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Cỡ chữ &amp;bình thường</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation>Dùng cỡ chữ của hệ thống</translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation>Giao diện theo &amp;hệ thống</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>Sáng hoặc tối theo cài đặt của hệ thống</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>Giao diện &amp;sáng</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Chữ tối trên nền sáng</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Giao diện &amp;tối</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Chữ sáng trên nền tối</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>Đổi &amp;giao diện</translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation>Hệ thống, rồi sáng, rồi tối</translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation>&amp;Kiểm tra cập nhật…</translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation>Hỏi các nguồn cập nhật xem có danh mục mới hơn không; dung lượng được hiện trước khi tải về</translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation>&amp;Nhập bản cập nhật từ tệp…</translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation>Cài gói cập nhật .zip, ví dụ từ USB</translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation>Nhập bản cập nhật từ &amp;thư mục…</translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation>Cài bản cập nhật từ một thư mục kho dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Export update bundle…</source>
        <translation>&amp;Xuất gói cập nhật…</translation>
    </message>
    <message>
        <source>Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick</source>
        <translation>Lưu danh mục đã cài thành tệp .zip có chữ ký số cho các máy khác, ví dụ trên USB</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Có gì thay đổi</translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation>Những gì lần cập nhật gần nhất đã thay đổi, kể cả với dấu trang và tìm kiếm đã lưu của bạn</translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation>Cài đặt cậ&amp;p nhật…</translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation>Nguồn cập nhật, proxy và tự động kiểm tra khi khởi động</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>Nhật ký &amp;mạng</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation>Mọi yêu cầu RefDesk đã gửi qua mạng</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Danh sách này</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>Đóng RefDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation>↓ hoặc Enter trong ô tìm kiếm</translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation>Chuyển đến kết quả đầu tiên</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation>↑ ↓, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation>Di chuyển qua các kết quả; phần chi tiết đổi theo</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation>Mở tài liệu tại trang khớp nhất</translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation>↑ ở kết quả đầu tiên</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>Quay lại ô tìm kiếm</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation>↑ ↓, → ←</translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation>Di chuyển qua các bộ lọc, mở hoặc đóng một nhóm</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Space hoặc Enter</translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation>Chọn hoặc bỏ chọn một giá trị lọc</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Enter</translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation>Di chuyển giữa các liên kết của tài liệu và mở một liên kết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation>Enter hoặc nhấp chuột</translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation>Mở tài liệu, hoặc chạy tìm kiếm đã lưu và coi như đã xem</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>Đổi tên bộ sưu tập</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation>Bỏ dấu trang, lấy ra khỏi bộ sưu tập, hoặc xoá bộ sưu tập hay tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Phím Menu hoặc Shift+F10</translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation>Thêm: ghi nhận ấn bản mới, mở ấn bản thay thế</translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation>Tab từ các nút</translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation>Vào ghi chú của bạn; ghi chú được lưu ngay khi gõ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu đang mở</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation>Enter / Shift+Enter trong ô tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Chỗ khớp kế tiếp / trước</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Di chuyển giữa các phần của cửa sổ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Chuyển đến</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Dấu trang</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Tài &amp;liệu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Cập &amp;nhật</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>menu only</source>
        <translation>chỉ có trong menu</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation>{area}: {does}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;refdesk --help&apos;)</source>
        <translation>{message} (xem &apos;refdesk --help&apos;)</translation>
    </message>
    <message>
        <source>Offline reference desk for identifying and referring victims of trafficking.</source>
        <translation>Công cụ tra cứu ngoại tuyến để xác định và chuyển gửi nạn nhân bị mua bán.</translation>
    </message>
    <message>
        <source>where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)</source>
        <translation>nơi RefDesk lưu dữ liệu (mặc định: $REFDESK_HOME, nếu không có thì thư mục dữ liệu người dùng)</translation>
    </message>
    <message>
        <source>show RefDesk&apos;s version and exit</source>
        <translation>hiện phiên bản RefDesk rồi thoát</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>mở cửa sổ ứng dụng (mặc định)</translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>tìm trong danh mục và mọi trang của các tệp tài liệu</translation>
    </message>
    <message>
        <source>one resource with all its fields and documents</source>
        <translation>một tài liệu với mọi trường thông tin và tệp tài liệu</translation>
    </message>
    <message>
        <source>open a resource&apos;s document in the app&apos;s viewer</source>
        <translation>mở tài liệu trong trình xem của ứng dụng</translation>
    </message>
    <message>
        <source>the page to open at (1 is the first)</source>
        <translation>trang cần mở (1 là trang đầu tiên)</translation>
    </message>
    <message>
        <source>app version, data dir and installed catalogue</source>
        <translation>phiên bản ứng dụng, thư mục dữ liệu và danh mục đã cài</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; không phải là số nguyên</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>phải từ 0 trở lên</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); details are in {log_file}.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến ({error}); chi tiết nằm trong {log_file}.</translation>
    </message>
    <message>
        <source>The desktop window cannot start here ({reason}); the command line still works.</source>
        <translation>Không khởi động được cửa sổ ứng dụng ở đây ({reason}); dòng lệnh vẫn dùng được.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no document stored in RefDesk; &apos;refdesk show {id}&apos; gives its web address.</source>
        <translation>&apos;{id}&apos; không có tệp tài liệu lưu trong RefDesk; &apos;refdesk show {id}&apos; cho biết địa chỉ web của tài liệu.</translation>
    </message>
    <message numerus="yes">
        <source>--page {page} is past the end: the document has %n page(s)</source>
        <translation>
            <numerusform>--page {page} vượt quá trang cuối: tài liệu chỉ có %n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>Danh mục:</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>chưa cài</translation>
    </message>
    <message>
        <source>{title} ({id}), version {version}, published {published}</source>
        <translation>{title} ({id}), phiên bản {version}, phát hành {published}</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n tệp tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for: {query}</source>
        <translation>Đang hiện kết quả cho: {query}</translation>
    </message>
    <message>
        <source>No results for &apos;{query}&apos;. Try fewer or different words.</source>
        <translation>Không có kết quả cho &apos;{query}&apos;. Hãy thử ít từ hơn hoặc từ khác.</translation>
    </message>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>%n kết quả ({first}-{last}), {took} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>trang {page}</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>Nhà xuất bản:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Liên kết:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Giấy phép:</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>Thay thế cho:</translation>
    </message>
    <message>
        <source>Superseded by:</source>
        <translation>Được thay thế bằng:</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>Bản dịch:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Tệp tài liệu:</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>bring the catalogue up to date from signed releases</source>
        <translation>cập nhật danh mục từ các bản phát hành có chữ ký số</translation>
    </message>
    <message>
        <source>https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)</source>
        <translation>địa chỉ https://, thư mục hoặc gói .zip; lặp lại cho từng máy chủ phụ (mặc định: các nguồn đã lưu)</translation>
    </message>
    <message>
        <source>the publisher&apos;s root of trust</source>
        <translation>gốc tin cậy của đơn vị phát hành</translation>
    </message>
    <message>
        <source>report what would be downloaded; change nothing</source>
        <translation>cho biết những gì sẽ được tải về; không thay đổi gì</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>Không đọc được --trust {path} ({reason}).</translation>
    </message>
    <message>
        <source>add or remove a bookmark</source>
        <translation>thêm hoặc bỏ dấu trang</translation>
    </message>
    <message>
        <source>bookmark a resource</source>
        <translation>đánh dấu một tài liệu</translation>
    </message>
    <message>
        <source>remove a bookmark (its note stays)</source>
        <translation>bỏ dấu trang (ghi chú vẫn còn)</translation>
    </message>
    <message>
        <source>list bookmarks with their status</source>
        <translation>liệt kê dấu trang kèm trạng thái</translation>
    </message>
    <message>
        <source>set the note on a resource (&quot;&quot; clears it)</source>
        <translation>đặt ghi chú cho một tài liệu (&quot;&quot; để xoá ghi chú)</translation>
    </message>
    <message>
        <source>export or import bookmarks, notes, collections</source>
        <translation>xuất hoặc nhập dấu trang, ghi chú, bộ sưu tập</translation>
    </message>
    <message>
        <source>write a portable JSON file</source>
        <translation>ghi ra một tệp JSON để mang sang máy khác</translation>
    </message>
    <message>
        <source>merge a file exported on another laptop</source>
        <translation>gộp một tệp đã xuất từ máy khác</translation>
    </message>
    <message>
        <source>Bookmarked {id}.</source>
        <translation>Đã đánh dấu {id}.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked.</source>
        <translation>&apos;{id}&apos; chưa được đánh dấu.</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}.</source>
        <translation>Đã bỏ dấu trang của {id}.</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: refdesk bookmark add ID</source>
        <translation>Chưa có dấu trang nào. Thêm bằng lệnh: refdesk bookmark add ID</translation>
    </message>
    <message>
        <source>(superseded by {id})</source>
        <translation>(được thay thế bằng {id})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ghi chú: {note}</translation>
    </message>
    <message>
        <source>Note cleared.</source>
        <translation>Đã xoá ghi chú.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>Exported to {file}: {counts}</source>
        <translation>Đã xuất ra {file}: {counts}</translation>
    </message>
    <message>
        <source>Imported from {file}, new: {counts}</source>
        <translation>Đã nhập từ {file}, mục mới: {counts}</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>bookmark status</comment>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>bookmark status</comment>
        <translation>đã được thay thế</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>bookmark status</comment>
        <translation>đã bị rút</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n dấu trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collections</source>
        <translation>
            <numerusform>%n bộ sưu tập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection items</source>
        <translation>
            <numerusform>%n mục trong bộ sưu tập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent</source>
        <comment>resources opened recently</comment>
        <translation>
            <numerusform>%n tài liệu xem gần đây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>%n tìm kiếm đã lưu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation>Trang tài liệu</translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation>Các trang của tệp PDF; các từ đang tìm được tô sáng</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Nội dung tài liệu</translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation>Nội dung của tài liệu; các từ đang tìm được tô sáng</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← Kết quả</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Quay lại kết quả</translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation>Đóng tài liệu và quay lại danh sách kết quả (Esc)</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Tiêu đề tài liệu</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation>Các từ cần tô sáng trong tài liệu; mỗi từ được tìm riêng, dùng dấu ngoặc kép cho một cụm từ. Enter đến chỗ khớp kế tiếp, Shift+Enter đến chỗ khớp trước.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Chỗ khớp trước (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Chỗ khớp kế tiếp (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Chỗ khớp</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Trang trước (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation>Trang đang hiện; nhập số trang rồi nhấn Enter để đến trang đó (Ctrl+L)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Tổng số trang</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Trang sau (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation>Thu nhỏ (Ctrl+Alt+Minus)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation>Phóng to (Ctrl+Alt+Plus)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Chỗ khớp trước</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Chỗ khớp kế tiếp</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa bề rộng</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation>Chỉnh trang cho vừa bề rộng cửa sổ (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>không thấy</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} chỗ khớp</translation>
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
        <translation>RefDesk — đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; chi tiết nằm trong {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation>&lt;b&gt;Đã xảy ra lỗi ngoài dự kiến. Bạn vẫn có thể tiếp tục làm việc.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk đã ghi chi tiết ({kind}) vào tệp nhật ký:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Nếu lỗi xảy ra lần nữa, hãy gửi tệp đó cho người hỗ trợ RefDesk cho bạn.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Thông báo lỗi</translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation>Chép vị trí nhật ký</translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation>Sao chép đường dẫn của tệp nhật ký vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Đã huỷ; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The search index in {folder} cannot be opened ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>Không mở được chỉ mục tìm kiếm trong {folder} ({reason}); hãy cài lại danh mục bằng &apos;refdesk update&apos;.</translation>
    </message>
    <message>
        <source>No catalogue is installed to apply an update to.</source>
        <translation>Chưa cài danh mục nào để áp dụng bản cập nhật.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space and try again. The installed catalogue was not changed.</source>
        <translation>Ổ đĩa chứa {folder} đã đầy; hãy giải phóng bớt dung lượng rồi thử lại. Danh mục đã cài không bị thay đổi.</translation>
    </message>
    <message>
        <source>The new catalogue holds {resources} resources and {documents} documents, expected {expected_resources} and {expected_documents}; it was not installed.</source>
        <translation>Danh mục mới có {resources} tài liệu và {documents} tệp tài liệu, trong khi phải có {expected_resources} và {expected_documents}; danh mục này không được cài.</translation>
    </message>
    <message>
        <source>The new catalogue is not the version it should be; it was not installed.</source>
        <translation>Danh mục mới không đúng phiên bản cần có; danh mục này không được cài.</translation>
    </message>
    <message>
        <source>The updated catalogue does not match what the publisher signed; it was not installed.</source>
        <translation>Danh mục đã cập nhật không khớp với bản mà đơn vị phát hành đã ký; danh mục này không được cài.</translation>
    </message>
    <message>
        <source>The new search index is incomplete; it was not installed.</source>
        <translation>Chỉ mục tìm kiếm mới chưa đầy đủ; chỉ mục này không được cài.</translation>
    </message>
    <message>
        <source>The release&apos;s {what} cannot be read ({reason}); nothing was applied.</source>
        <translation>Không đọc được {what} của bản phát hành ({reason}); chưa áp dụng gì.</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a catalogue file; nothing was applied.</source>
        <translation>Trong bản phát hành, {what} không phải là tệp danh mục; chưa áp dụng gì.</translation>
    </message>
    <message>
        <source>catalogue snapshot</source>
        <translation>bản đầy đủ của danh mục</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue snapshot is malformed ({reason}).</source>
        <translation>Bản đầy đủ của danh mục trong bản phát hành bị sai định dạng ({reason}).</translation>
    </message>
    <message>
        <source>catalogue delta</source>
        <translation>phần thay đổi của danh mục</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue delta is malformed ({reason}).</source>
        <translation>Phần thay đổi của danh mục trong bản phát hành bị sai định dạng ({reason}).</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a {format} file; nothing was applied.</source>
        <translation>Trong bản phát hành, {what} không phải là tệp {format}; chưa áp dụng gì.</translation>
    </message>
    <message>
        <source>The release&apos;s {what} needs a newer RefDesk; install the newer version of the app.</source>
        <translation>Trong bản phát hành, {what} cần phiên bản RefDesk mới hơn; hãy cài phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from this installation ({folder}); reinstall RefDesk.</source>
        <translation>Bản cài đặt này thiếu danh mục đi kèm ({folder}); hãy cài lại RefDesk.</translation>
    </message>
    <message>
        <source>No catalogue is installed yet; run &apos;refdesk update&apos; or start the app once.</source>
        <translation>Chưa cài danh mục nào; hãy chạy &apos;refdesk update&apos; hoặc mở ứng dụng một lần.</translation>
    </message>
    <message>
        <source>No resource with id &apos;{id}&apos; in the installed catalogue.</source>
        <translation>Danh mục đã cài không có tài liệu nào có mã &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>The document {document}… is missing from {folder}; run &apos;refdesk update&apos; to restore it.</source>
        <translation>Thiếu tệp tài liệu {document}… trong {folder}; hãy chạy &apos;refdesk update&apos; để khôi phục.</translation>
    </message>
    <message>
        <source>The catalogue database {path} is missing; run &apos;refdesk update&apos; to reinstall it.</source>
        <translation>Thiếu cơ sở dữ liệu danh mục {path}; hãy chạy &apos;refdesk update&apos; để cài lại.</translation>
    </message>
    <message>
        <source>The catalogue database {path} cannot be read ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>Không đọc được cơ sở dữ liệu danh mục {path} ({reason}); hãy cài lại danh mục bằng &apos;refdesk update&apos;.</translation>
    </message>
    <message>
        <source>The catalogue database {path} is incomplete; reinstall the catalogue.</source>
        <translation>Cơ sở dữ liệu danh mục {path} chưa đầy đủ; hãy cài lại danh mục.</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer RefDesk; install the newer version of the app.</source>
        <translation>Danh mục này được ghi bởi phiên bản RefDesk mới hơn; hãy cài phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <source>The catalogue database {path} is damaged ({reason}); reinstall the catalogue.</source>
        <translation>Cơ sở dữ liệu danh mục {path} bị hỏng ({reason}); hãy cài lại danh mục.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Không đọc được {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} names a generation that does not exist; delete that file and run &apos;refdesk update&apos; to reinstall the catalogue.</source>
        <translation>{path} trỏ tới một bản cài danh mục không tồn tại; hãy xoá tệp đó rồi chạy &apos;refdesk update&apos; để cài lại danh mục.</translation>
    </message>
    <message>
        <source>Another RefDesk process is updating {folder}; try again when it finishes.</source>
        <translation>Một tiến trình RefDesk khác đang cập nhật {folder}; hãy thử lại khi tiến trình đó xong.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <translation>{name}, {count} tài liệu</translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation>{name}, {count} tài liệu</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, đã chọn</translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation>Bộ lọc {title}, {count} giá trị</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, đã chọn {count}</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bộ lọc&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xoá bộ lọc</translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation>Bỏ mọi bộ lọc đã chọn và khoảng năm</translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation>Nhóm bộ lọc</translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation>Các nhóm bộ lọc kèm số tài liệu phù hợp. Space hoặc Enter để chọn một giá trị; các giá trị đã chọn trong cùng một nhóm được kết hợp bằng OR (chỉ cần một), giữa các nhóm bằng AND (phải thoả tất cả).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation>Chỉ tài liệu xuất bản từ năm này trở về sau</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation>Chỉ tài liệu xuất bản từ năm này trở về trước</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>What a screen reader says for the dash between the two year boxes (&quot;2005 to 2020&quot;).</extracomment>
        <translation>đến</translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation>Các năm trong kết quả này</translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation>Kết quả thuộc năm {years}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation>RefDesk — phím tắt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation>Mọi lệnh của RefDesk và phím để chạy lệnh đó</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Danh sách phím tắt</translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation>Bảng các lệnh và phím tương ứng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Đóng danh sách phím tắt</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation>“{title}” không có tệp tài liệu lưu trong RefDesk; địa chỉ web được hiện ở phần chi tiết.</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <translation>Hãy chọn một tài liệu trước, rồi nhấn Ctrl+D để đánh dấu.</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Đã đánh dấu.</translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation>Đã bỏ dấu trang; ghi chú của bạn (nếu có) vẫn được giữ.</translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation>Chỉ cần ghi nhận dấu trang hoặc ghi chú của tài liệu có ấn bản mới.</translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation>Đã ghi nhận: dấu trang và ghi chú giờ đi theo ấn bản mới.</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>Đã thêm vào “{name}”.</translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation>Đã lấy ra khỏi “{name}”.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Bộ sưu tập mới</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Tên bộ sưu tập mới:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Đổi tên bộ sưu tập</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Tên mới cho “{name}”:</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation>Đã xoá bộ sưu tập “{name}”; các dấu trang trong đó vẫn còn.</translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation>Đã lưu tìm kiếm “{name}”; sau mỗi lần cập nhật sẽ cho biết có gì mới cho tìm kiếm này.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <extracomment>The submenu of View that chooses the window&apos;s language. Its accelerator letter must differ from those of the other View entries (Larger text, Smaller text, Normal size, the themes).</extracomment>
        <translation>Ngôn ngữ (&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>The language of the operating system when RefDesk speaks it, else English</source>
        <translation>Ngôn ngữ của hệ điều hành nếu RefDesk có bản dịch cho ngôn ngữ đó, nếu không thì tiếng Anh</translation>
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
        <translation>Tìm kiếm và đọc danh mục tài liệu tham khảo khi không có mạng</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Đang mở danh mục…</translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation>Danh mục đã được cài đặt và sẵn sàng.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation>Không mở được danh mục.

{reason}</translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation>Đang chuẩn bị danh mục cho lần dùng đầu tiên (chỉ làm một lần): {step}…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation>Không có kết quả phù hợp. Hãy thử ít từ hơn hoặc từ khác, kiểm tra chính tả, hoặc xoá bộ lọc.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Tìm kiếm không thành công</translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation>RefDesk không mở trang web; địa chỉ là {url}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Dùng tên này</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>Đóng, không thay đổi</translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Giờ (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation>RefDesk — nhật ký mạng</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>Nhật ký mạng</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation>Mọi yêu cầu RefDesk đã gửi qua mạng, mới nhất lên trước</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Các yêu cầu</translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation>Mỗi dòng một yêu cầu: thời gian, phương thức, địa chỉ, trạng thái, số byte đã nhận</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Đọc lại nhật ký</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>Đóng nhật ký mạng</translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation>RefDesk chưa gửi yêu cầu nào từ máy này: ứng dụng hoạt động ngoại tuyến và chỉ kết nối mạng để kiểm tra cập nhật khi bạn yêu cầu.</translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} yêu cầu, đã nhận {size}: đây là mọi yêu cầu RefDesk đã gửi, tất cả đều để kiểm tra và tải bản cập nhật. Nội dung tìm kiếm, dấu trang và ghi chú không bao giờ rời khỏi máy này.</translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} yêu cầu, đã nhận {size}: đây là mọi yêu cầu RefDesk đã gửi, tất cả đều để kiểm tra và tải bản cập nhật. Nội dung tìm kiếm, dấu trang và ghi chú không bao giờ rời khỏi máy này.</translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation>không phản hồi</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation>Ghi chú của bạn về tài liệu này: ai đã trả lời, cách nào hiệu quả… Tự lưu khi bạn gõ, chỉ lưu trên máy này.</translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ghi chú của tôi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Đã lưu ghi chú</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ghi chú của tôi</translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation>Ghi chú riêng của bạn về tài liệu này, tự lưu khi bạn gõ và được giữ qua các lần cập nhật danh mục (Alt+4)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation>Ghi chú: {state}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>tools for catalogue publishers</source>
        <translation>công cụ cho đơn vị phát hành danh mục</translation>
    </message>
    <message>
        <source>validate a catalogue source folder</source>
        <translation>kiểm tra thư mục nguồn của danh mục</translation>
    </message>
    <message>
        <source>new publisher keys and KEYDIR/root.json (the trust file)</source>
        <translation>tạo khoá mới của đơn vị phát hành và KEYDIR/root.json (tệp tin cậy)</translation>
    </message>
    <message>
        <source>add a new signed release to a static repository</source>
        <translation>thêm một bản phát hành mới có chữ ký số vào kho tĩnh</translation>
    </message>
    <message>
        <source>an offline update bundle (.zip) for USB sticks</source>
        <translation>gói cập nhật ngoại tuyến (.zip) để chép vào USB</translation>
    </message>
    <message>
        <source>re-sign the bundle&apos;s timestamp to last 45 days (without: the repository&apos;s own expiry)</source>
        <translation>ký lại dấu thời gian của gói để dùng được 45 ngày (nếu không có: theo thời hạn của chính kho)</translation>
    </message>
    <message>
        <source>New publisher keys in {keydir} (keep them secret and backed up).
Ship {root} with the app, or give it to &apos;refdesk update --trust&apos;.</source>
        <translation>Đã tạo khoá mới của đơn vị phát hành trong {keydir} (hãy giữ bí mật và sao lưu).
Hãy phân phối {root} cùng ứng dụng, hoặc truyền cho &apos;refdesk update --trust&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>from {version}: %n bytes</source>
        <translation>
            <numerusform>từ {version}: %n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {catalogue} version {version} to {repo}: {resources}, {documents}; snapshot {snapshot}; deltas {deltas}.</source>
        <translation>Đã phát hành {catalogue} phiên bản {version} lên {repo}: {resources}, {documents}; bản đầy đủ {snapshot}; bản thay đổi {deltas}.</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n tệp tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no deltas</comment>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n bytes); it can be used until {expires} UTC.</source>
        <translation>
            <numerusform>Đã ghi {out} (%n byte); có thể dùng đến {expires} UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing; give the folder made by &apos;refdesk publish keys&apos;.</source>
        <translation>Thiếu {path}; hãy chỉ định thư mục do &apos;refdesk publish keys&apos; tạo ra.</translation>
    </message>
    <message>
        <source>{path} is not a private key ({reason}).</source>
        <translation>{path} không phải là khoá riêng tư ({reason}).</translation>
    </message>
    <message>
        <source>{path} already exists; keys are never overwritten. Choose an empty folder.</source>
        <translation>{path} đã tồn tại; khoá không bao giờ bị ghi đè. Hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>{folder} already holds publisher keys; choose an empty folder.</source>
        <translation>{folder} đã chứa khoá của đơn vị phát hành; hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>Signing releases needs the &apos;cryptography&apos; package: pip install &apos;refdesk[publish]&apos;.</source>
        <translation>Cần gói &apos;cryptography&apos; để ký bản phát hành: pip install &apos;refdesk[publish]&apos;.</translation>
    </message>
    <message>
        <source>{path} is missing; {repo} is not a complete repository.</source>
        <translation>Thiếu {path}; {repo} không phải là một kho đầy đủ.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>Không đọc được {path} ({reason}).</translation>
    </message>
    <message>
        <source>{repo} is not a RefDesk repository (no metadata/1.root.json).</source>
        <translation>{repo} không phải là kho RefDesk (không có metadata/1.root.json).</translation>
    </message>
    <message>
        <source>The {role} key in the key folder is not one this repository&apos;s root trusts; give the key folder this repository was created with.</source>
        <translation>Khoá {role} trong thư mục khoá không được gốc tin cậy của kho này công nhận; hãy chỉ định thư mục khoá đã dùng khi tạo kho này.</translation>
    </message>
    <message>
        <source>{repo} has no release yet; run &apos;refdesk publish build&apos; first.</source>
        <translation>{repo} chưa có bản phát hành nào; hãy chạy &apos;refdesk publish build&apos; trước.</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the update bundle; free some space or choose another drive.</source>
        <translation>Không đủ chỗ trống trong {folder} cho gói cập nhật; hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>{repo} is a TUF repository without a RefDesk release.json.</source>
        <translation>{repo} là kho TUF nhưng không có release.json của RefDesk.</translation>
    </message>
    <message>
        <source>{repo}: the release.json in force is missing or damaged.</source>
        <translation>{repo}: tệp release.json đang có hiệu lực bị thiếu hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>{repo} publishes the catalogue &apos;{published}&apos;, not &apos;{given}&apos;; use a separate repository for each catalogue.</source>
        <translation>{repo} phát hành danh mục &apos;{published}&apos;, không phải &apos;{given}&apos;; hãy dùng một kho riêng cho mỗi danh mục.</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: tên tệp của gói cập nhật phải kết thúc bằng .zip.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Xem trong:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang chế độ xem chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang chế độ xem danh sách</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Đến thư mục cha</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Chép địa chỉ liê&amp;n kết</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation>Không đọc được tài liệu {name}.</translation>
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
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Chi tiết tài liệu</translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation>Mọi trường thông tin của tài liệu đang chọn, phần tóm tắt, tệp tài liệu, bản dịch và các ấn bản. Tab để chuyển giữa các liên kết; Enter để mở liên kết.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Mở tài liệu</translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation>Mở tài liệu trong trình xem của RefDesk (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation>Chép địa chỉ web</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation>Sao chép địa chỉ web gốc của tài liệu vào bộ nhớ tạm (Ctrl+Shift+C); RefDesk không bao giờ tự mở địa chỉ này</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Đánh dấu</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation>Đánh dấu tài liệu này, hoặc bỏ dấu trang (Ctrl+D); dấu trang được giữ qua các lần cập nhật danh mục</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Bộ sưu tập…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation>Đưa tài liệu này vào một bộ sưu tập hoặc lấy ra (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation>Chọn một kết quả để xem chi tiết tại đây.</translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation>Tài liệu này đã bị rút khỏi danh mục; chỉ còn giữ dấu trang và ghi chú của bạn. Mã định danh của tài liệu là &lt;code&gt;{id}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Đã đánh dấu</translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation>Bộ sưu tập chứa tài liệu này</translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation>Bộ sưu tập mới với tài liệu này…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Không có tóm tắt.</translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation>Đã có ấn bản mới hơn:</translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation>{id} (không có trong danh mục này)</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation>khớp nhất ở trang {page}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tệp tài liệu</translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation>Danh mục không lưu tệp tài liệu nào; xem địa chỉ web bên dưới.</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation>Thay thế cho (ấn bản cũ hơn)</translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation>Được thay thế bằng (ấn bản mới hơn)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Địa chỉ web</translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation>Chỉ hiển thị, không mở: hãy sao chép vào trình duyệt khi bạn có mạng.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Không có thông tin.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>Nhà xuất bản</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Xác định nạn nhân</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation>tr. {page}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(không có tóm tắt)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <translation>Khớp nhất ở trang {page}.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation>Mức liên quan</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Tiêu đề A–Z</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kết quả&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sắp xếp theo</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Sắp xếp kết quả theo</translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation>Mức liên quan, mới nhất trước, hoặc tiêu đề</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation>Các tài liệu phù hợp, khớp nhất lên trước. Tài liệu đang chọn được hiện bên phải; Enter mở tài liệu tại trang khớp nhất.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation>Tìm trong tiêu đề, tóm tắt và mọi trang — ví dụ: debt bondage fishing, &quot;recruitment fee&quot;, country:TH</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation>Gõ từ khoá để tìm trong danh mục và toàn văn tài liệu. Kết quả cập nhật ngay khi bạn gõ. Dùng dấu ngoặc kép để tìm cụm từ; cũng dùng được OR, NOT, từ* và field:value.</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Ý bạn là</translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation>Tìm theo cách viết được gợi ý (Alt+D)</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Số kết quả</translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation>Số tài liệu phù hợp với từ khoá và bộ lọc</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} kết quả</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} kết quả</translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation>Ý bạn là: {words}?  (Alt+D)</translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation>Ý bạn là {words}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation>Dấu trang</translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation>Thanh dấu trang</translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation>Dấu trang, ghi chú, bộ sưu tập, tài liệu gần đây và tìm kiếm đã lưu của bạn</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation>{count} mới</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation>Dấu trang và ghi chú</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Xem gần đây</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation>Ctrl+D để đánh dấu tài liệu đang đọc</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation>Ctrl+Shift+N để tạo bộ sưu tập</translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation>Các tài liệu bạn đã xem sẽ hiện ở đây</translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation>Ctrl+S để lưu tìm kiếm bạn đã gõ</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Ấn bản mới</translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation>Có ấn bản mới kể từ khi bạn lưu</translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation>Đã được thay thế bằng {title}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã bị rút</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation>Đã bị rút khỏi danh mục — ghi chú của bạn vẫn được giữ</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation>Đã bị rút khỏi danh mục</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation>Bộ sưu tập {name}, {count} tài liệu</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation>Bộ sưu tập “{name}”: {count} tài liệu. F2 để đổi tên.</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation>Bộ sưu tập {name}, {count} tài liệu</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation>Bộ sưu tập “{name}”: {count} tài liệu. F2 để đổi tên.</translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation>{title}, đã xem {date}</translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation>{title}, {count} mục</translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation>, {count} kết quả mới</translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation>đã đánh dấu, có ghi chú</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>đã đánh dấu</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>có ghi chú</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hiện hành</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation>Tìm kiếm đã lưu {name}</translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation>, {count} kết quả mới kể từ lần cập nhật gần nhất</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation>Tìm “{query}”</translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation>{count} kết quả mới kể từ lần cập nhật danh mục gần nhất</translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation>Nhấn Enter để chạy.</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <translation>Dấu trang, bộ sưu tập, mục gần đây và tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation>Enter để mở tài liệu hoặc chạy tìm kiếm đã lưu; F2 để đổi tên bộ sưu tập; Delete để bỏ dấu trang, xoá bộ sưu tập hoặc tìm kiếm đã lưu; phím Menu hiện thêm các thao tác khác.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Bộ sưu tập mới…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Bộ sưu tập mới</translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation>Tạo một bộ sưu tập trống (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Đổi tên bộ sưu tập</translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation>Đổi tên bộ sưu tập đang chọn (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation>Xoá dấu trang, bộ sưu tập hoặc tìm kiếm đã lưu đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation>Thao tác trên thanh bên</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation>Chạy tìm kiếm này</translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation>Ghi nhận ấn bản mới</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>Mở ấn bản mới</translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation>Xoá bộ sưu tập (dấu trang vẫn còn)</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Xoá tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>Lấy ra khỏi bộ sưu tập này</translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation>Bỏ dấu trang (ghi chú vẫn còn)</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>{name}: not a PDF, Markdown, text or HTML document</source>
        <translation>{name}: không phải tài liệu PDF, Markdown, văn bản thuần hay HTML</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: không đọc được ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({reason})</source>
        <translation>{name}: không phải tệp PDF đọc được ({reason})</translation>
    </message>
    <message>
        <source>not a folder; give the catalogue folder</source>
        <translation>không phải thư mục; hãy chỉ định thư mục của danh mục</translation>
    </message>
    <message>
        <source>missing resources/ folder</source>
        <translation>thiếu thư mục resources/</translation>
    </message>
    <message>
        <source>missing catalogue.yaml (id, title, publisher)</source>
        <translation>thiếu catalogue.yaml (id, title, publisher)</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>không phải văn bản UTF-8; hãy lưu tệp ở dạng UTF-8</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-64 of a-z, 0-9 and &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; phải gồm 3-64 ký tự a-z, 0-9 và &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (ignored)</source>
        <translation>trường &apos;{field}&apos; không xác định (bị bỏ qua)</translation>
    </message>
    <message>
        <source>labels must map topics/audiences to {slug: label}</source>
        <translation>labels phải ánh xạ topics/audiences sang {slug: label}</translation>
    </message>
    <message>
        <source>labels.{facet} must map slugs to labels</source>
        <translation>labels.{facet} phải ánh xạ slug sang nhãn</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>thiếu trường bắt buộc &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no front matter: start the file with &apos;---&apos;, the fields, &apos;---&apos;</source>
        <translation>không có front matter: hãy bắt đầu tệp bằng &apos;---&apos;, các trường, rồi &apos;---&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-100 of a-z, 0-9 and &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; phải gồm 3-100 ký tự a-z, 0-9 và &apos;-&apos;, không bắt đầu bằng &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;{type}&apos;; use one of {choices}</source>
        <translation>type &apos;{type}&apos; không hợp lệ; hãy dùng một trong các giá trị {choices}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (kept as an extra field)</source>
        <translation>trường &apos;{field}&apos; không xác định (được giữ làm trường bổ sung)</translation>
    </message>
    <message>
        <source>year must be a whole number such as 2020, not &apos;{year}&apos;</source>
        <translation>year phải là số nguyên, ví dụ 2020, không phải &apos;{year}&apos;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)</source>
        <translation>&apos;{code}&apos; không phải là mã quốc gia ISO 3166-1 alpha-2 (ví dụ TH, VN)</translation>
    </message>
    <message>
        <source>unknown region &apos;{region}&apos;; use one of {choices}</source>
        <translation>region &apos;{region}&apos; không hợp lệ; hãy dùng một trong các giá trị {choices}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 639-1 (or 639-3) language code (e.g. en, th)</source>
        <translation>&apos;{code}&apos; không phải là mã ngôn ngữ ISO 639-1 (hoặc 639-3) (ví dụ en, th)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {field} must be a lower-case slug such as &apos;debt-bondage&apos;</source>
        <translation>&apos;{value}&apos; trong {field} phải là slug viết thường, ví dụ &apos;debt-bondage&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;{stage}&apos;; use one of {choices}</source>
        <translation>stage &apos;{stage}&apos; không hợp lệ; hãy dùng một trong các giá trị {choices}</translation>
    </message>
    <message>
        <source>unknown identification &apos;{identification}&apos;; use one of {choices}</source>
        <translation>identification &apos;{identification}&apos; không hợp lệ; hãy dùng một trong các giá trị {choices}</translation>
    </message>
    <message>
        <source>no summary after the front matter</source>
        <translation>không có phần tóm tắt sau front matter</translation>
    </message>
    <message>
        <source>documents must be a list of {path, language, title}</source>
        <translation>documents phải là danh sách các {path, language, title}</translation>
    </message>
    <message>
        <source>each document needs a &apos;path&apos; relative to documents/</source>
        <translation>mỗi tài liệu cần có &apos;path&apos; tương đối so với documents/</translation>
    </message>
    <message>
        <source>document path &apos;{path}&apos; escapes documents/</source>
        <translation>đường dẫn tài liệu &apos;{path}&apos; trỏ ra ngoài documents/</translation>
    </message>
    <message>
        <source>document &apos;documents/{path}&apos; does not exist</source>
        <translation>tài liệu &apos;documents/{path}&apos; không tồn tại</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos; is not PDF, Markdown, text or HTML</source>
        <translation>tài liệu &apos;{path}&apos; không phải PDF, Markdown, văn bản thuần hay HTML</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos;: &apos;{language}&apos; is not a language code</source>
        <translation>tài liệu &apos;{path}&apos;: &apos;{language}&apos; không phải là mã ngôn ngữ</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also in {place})</source>
        <translation>id &apos;{id}&apos; bị trùng (cũng có trong {place})</translation>
    </message>
    <message>
        <source>{field} names &apos;{id}&apos;, which is not a resource id in this catalogue</source>
        <translation>{field} nêu &apos;{id}&apos;, nhưng đó không phải id của tài liệu nào trong danh mục này</translation>
    </message>
    <message>
        <source>{field} must be a list such as [a, b]</source>
        <translation>{field} phải là một danh sách, ví dụ [a, b]</translation>
    </message>
    <message>
        <source>expected key: value pairs</source>
        <translation>cần các cặp key: value</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation>
            <numerusform>%n lỗi trong {source}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: OK (%n warning(s)).</source>
        <translation>
            <numerusform>{source}: hợp lệ (%n cảnh báo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue source {root} has %n problem(s).</source>
        <translation>
            <numerusform>Nguồn danh mục {root} có %n vấn đề.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <translation>Trạng thái dấu trang của bạn</translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation>Xử lý theo trạng thái</translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation>Ghi nhận ấn bản mới, hoặc mở ấn bản thay thế nó</translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation>&lt;b&gt;Ấn bản mới.&lt;/b&gt; Tài liệu này đã thay đổi kể từ khi bạn đánh dấu hoặc viết ghi chú.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation>Xác nhận đã xem ấn bản mới (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation>&lt;b&gt;Đã được thay thế bằng &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; Một ấn bản mới hơn đã thay thế tài liệu này.</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>Mở ấn bản mới</translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation>ấn bản mới hơn</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>Hiện {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation>&lt;b&gt;Đã bị rút.&lt;/b&gt; Đơn vị phát hành đã gỡ tài liệu này khỏi danh mục; dấu trang, tiêu đề và ghi chú của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Không có thao tác</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Không cần làm gì</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation>phát hành hôm nay</translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation>phát hành hôm qua</translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation>phát hành {count} ngày trước</translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation>phát hành {count} tháng trước</translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation>phát hành {count} năm trước</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} tài liệu</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} tài liệu</translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation>{title} · phiên bản {version} · {age} · {resources}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation>Danh mục đã cài, phiên bản và thời gian phát hành, và việc RefDesk đang làm</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation>Hiện khi RefDesk đang tìm kiếm hoặc chuẩn bị danh mục</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation>Tên, phiên bản và thời gian phát hành của danh mục đã cài</translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation>Chưa cài danh mục</translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation>{title} của {publisher}, phiên bản {version}, phát hành {date}</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation>RefDesk — cập nhật danh mục</translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation>Cập nhật danh mục</translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation>Số tài liệu được thêm, thay đổi và gỡ bỏ sẽ được biết khi tải về xong.</translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation>Tài liệu: thêm {added}, thay đổi {changed}, gỡ bỏ {removed}.</translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation>{source} (và các máy chủ phụ)</translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation>Chưa đặt nguồn cập nhật</translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation>Thêm địa chỉ trang cập nhật của đơn vị phát hành, hoặc một máy chủ phụ, trong &lt;b&gt;Cài đặt cập nhật&lt;/b&gt; (Ctrl+,). Nếu không có kết nối, hãy nhập bản cập nhật từ tệp hoặc USB (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Đang kiểm tra cập nhật…</translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation>Đang hỏi {where} về bản phát hành có chữ ký số mới nhất.</translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation>Đã cài phiên bản {version}; đã kiểm tra tại {where}.</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>Danh mục đã là bản mới nhất</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>Đã cài phiên bản {version}.</translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} Đã đọc {size}. Mục &lt;b&gt;Có gì thay đổi&lt;/b&gt; liệt kê các thay đổi này, cùng các dấu trang và tìm kiếm đã lưu có liên quan.</translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} Đã tải về {size}. Mục &lt;b&gt;Có gì thay đổi&lt;/b&gt; liệt kê các thay đổi này, cùng các dấu trang và tìm kiếm đã lưu có liên quan.</translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation>Đã cập nhật lên phiên bản {version}</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation>{reason}&lt;br&gt;Danh mục đã cài không bị thay đổi.</translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation>Cập nhật không thành công</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>Đã huỷ cập nhật</translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation>Không có gì thay đổi; vẫn dùng danh mục đã cài.</translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation>Kiểm tra xem đã có bản phát hành mới hơn (có chữ ký số) của danh mục chưa.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>phiên bản {version}</translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation>chưa có danh mục</translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation>chỉ phần thay đổi</translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>toàn bộ danh mục</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>Hiện tại: {have}. {counts}&lt;br&gt;Cần đọc &lt;b&gt;{size}&lt;/b&gt; ({method}) từ {where}.&lt;br&gt;Dấu trang, ghi chú và bộ sưu tập của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>Hiện tại: {have}. {counts}&lt;br&gt;Cần tải về &lt;b&gt;{size}&lt;/b&gt; ({method}) từ {where}.&lt;br&gt;Dấu trang, ghi chú và bộ sưu tập của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>Đã có phiên bản {version}</translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation>Tạm dừng: phiên bản {version}</translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation>Đang cập nhật lên phiên bản {version}…</translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation>Nút Tiếp tục sẽ tải tiếp từ chỗ đã dừng, kể cả khi RefDesk đã bị đóng.</translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation>Nội dung bản cập nhật danh mục, việc tải về và tiến độ</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Trạng thái cập nhật</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Chi tiết cập nhật</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Tiến độ cập nhật</translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation>Đã tải về bao nhiêu phần của bản cập nhật, sau đó là phần đang được cài đặt</translation>
    </message>
    <message>
        <source>Update step</source>
        <translation>Bước cập nhật</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>Tải về và cài đặt</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>Bắt đầu cập nhật</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation>Dừng tải và giữ phần đã nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation>Dừng và bỏ phần đã tải về</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Có gì thay đổi</translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation>Liệt kê những gì bản cập nhật này đã thay đổi</translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation>Cài đặt cập nhật…</translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation>Nguồn, proxy, tự động kiểm tra</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation>Bản cập nhật trên USB hoặc trong thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation>Đóng cửa sổ này; việc cập nhật vẫn tiếp tục</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Kiểm tra cập nhật</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation>Đang kiểm tra bản phát hành có chữ ký số…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation>Đã đọc {done} / {total}</translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation>Đã tải về {done} / {total}</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — tạm dừng</translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation>{step}… (bước này không thể tạm dừng; Huỷ sẽ giữ lại danh mục cũ)</translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation>{source}: chỉ dùng được địa chỉ https:// và http://, thư mục và tệp .zip.</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation>Proxy phải có dạng http://proxy.example:3128 (hoặc để trống).</translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation>RefDesk — cài đặt cập nhật</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>Cài đặt cập nhật</translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation>Nguồn cập nhật, proxy và tự động kiểm tra</translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation>RefDesk chỉ kết nối mạng để lấy bản cập nhật danh mục có chữ ký số từ các nguồn này, và chỉ khi bạn yêu cầu, hoặc khi khởi động nếu bạn cho phép ở bên dưới.</translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation>Nguồn cập nhật</translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation>Mỗi dòng một nguồn, thử theo thứ tự: địa chỉ https:// (nguồn đầu là đơn vị phát hành, các nguồn sau là máy chủ phụ), thư mục hoặc gói .zip</translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation>&amp;Nguồn (mỗi dòng một nguồn):</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation>http://proxy.example:3128 — để trống: kết nối thẳng</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation>Proxy http:// hoặc https:// cho các yêu cầu cập nhật; để trống nếu không dùng</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation>&amp;Kiểm tra cập nhật khi RefDesk khởi động</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>Kiểm tra cập nhật khi khởi động</translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation>Chỉ khi hệ thống báo kết nối không tính phí theo dung lượng; không kiểm tra khi không rõ</translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation>Không kiểm tra khi mạng tính phí theo dung lượng, hay khi không rõ.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation>Nhật ký mạng…</translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation>Mọi yêu cầu RefDesk đã gửi (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation>Kiểm tra và lưu các cài đặt này</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation>Nhập gói cập nhật</translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation>Nhập thư mục cập nhật</translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation>RefDesk — {title}</translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation>Gói cập nhật .zip hoặc thư mục kho dữ liệu, ví dụ trên USB</translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation>Gói cập nhật (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Export an update bundle</source>
        <translation>Xuất gói cập nhật</translation>
    </message>
    <message>
        <source>Where to save the .zip bundle, e.g. on a USB stick for other laptops</source>
        <translation>Nơi lưu gói .zip, ví dụ trên USB để dùng cho các máy khác</translation>
    </message>
    <message>
        <source>Exporting the catalogue to {file}…</source>
        <translation>Đang xuất danh mục ra {file}…</translation>
    </message>
    <message>
        <source>Exporting the catalogue: {percent}%</source>
        <translation>Đang xuất danh mục: {percent}%</translation>
    </message>
    <message>
        <source>Saved version {version} of “{title}” to {file} ({size}).

Other laptops install it with Updates › Import update from file…, until {date}; after that date they will refuse it, and a new bundle has to be exported after checking for updates online.</source>
        <translation>Đã lưu phiên bản {version} của “{title}” vào {file} ({size}).

Các máy khác cài gói này bằng Cập nhật › Nhập bản cập nhật từ tệp…, cho đến {date}; sau ngày đó các máy sẽ từ chối gói này, và cần xuất gói mới sau khi kiểm tra cập nhật trực tuyến.</translation>
    </message>
    <message>
        <source>Update bundle saved: {file}</source>
        <translation>Đã lưu gói cập nhật: {file}</translation>
    </message>
    <message>
        <source>Export update bundle</source>
        <translation>Xuất gói cập nhật</translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation>Đã lưu cài đặt cập nhật.</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Downloading… {done} of {total}</source>
        <translation>Đang tải về… {done} / {total}</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version {version}).</source>
        <translation>Danh mục đã là bản mới nhất (phiên bản {version}).</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>thêm {added}, thay đổi {changed}, gỡ bỏ {removed}</translation>
    </message>
    <message>
        <source>changes counted once it is downloaded</source>
        <translation>số thay đổi sẽ được tính khi tải về xong</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>phiên bản {version}</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>chưa cài gì</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (delta update).</source>
        <translation>Đã có phiên bản {version} (hiện tại: {start}): {changes}; cần tải về {size} (chỉ phần thay đổi).</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (full update).</source>
        <translation>Đã có phiên bản {version} (hiện tại: {start}): {changes}; cần tải về {size} (toàn bộ danh mục).</translation>
    </message>
    <message>
        <source>Updated to version {version}: {changes}; downloaded {size}.</source>
        <translation>Đã cập nhật lên phiên bản {version}: {changes}; đã tải về {size}.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
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
        <translation>Đang đọc nguồn danh mục</translation>
    </message>
    <message>
        <source>Writing the catalogue database</source>
        <translation>Đang ghi cơ sở dữ liệu danh mục</translation>
    </message>
    <message>
        <source>Indexing every page</source>
        <translation>Đang lập chỉ mục mọi trang</translation>
    </message>
    <message>
        <source>Copying the installed catalogue</source>
        <translation>Đang sao chép danh mục đã cài</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Đang áp dụng các thay đổi</translation>
    </message>
    <message>
        <source>Storing documents</source>
        <translation>Đang lưu các tệp tài liệu</translation>
    </message>
    <message>
        <source>Verifying the new catalogue</source>
        <translation>Đang kiểm tra danh mục mới</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: tên tệp của gói cập nhật phải kết thúc bằng .zip.</translation>
    </message>
    <message>
        <source>No catalogue is installed yet, so there is nothing to export.</source>
        <translation>Chưa cài danh mục nào nên không có gì để xuất.</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature on this catalogue expired on {date}; other laptops would refuse the bundle. Check for updates while online, then export again.</source>
        <translation>Chữ ký của đơn vị phát hành trên danh mục này đã hết hạn vào {date}; các máy khác sẽ từ chối gói này. Hãy kiểm tra cập nhật khi có mạng, rồi xuất lại.</translation>
    </message>
    <message>
        <source>This laptop last verified version {verified} of the catalogue but has version {installed} installed. Finish the update (Check for updates), then export.</source>
        <translation>Lần gần nhất máy này xác minh phiên bản {verified} của danh mục nhưng lại đang cài phiên bản {installed}. Hãy hoàn tất việc cập nhật (Kiểm tra cập nhật), rồi xuất.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the catalogue&apos;s documents are missing from {folder}; reinstall the catalogue (Import update) before exporting it.</source>
        <translation>
            <numerusform>Thiếu %n tệp tài liệu của danh mục trong {folder}; hãy cài lại danh mục (Nhập bản cập nhật) trước khi xuất.</numerusform>
        </translation>
    </message>
    <message>
        <source>not TUF metadata</source>
        <translation>không phải siêu dữ liệu TUF</translation>
    </message>
    <message>
        <source>This laptop&apos;s catalogue was not installed from a signed release, so it cannot vouch for it; install or update the catalogue from the publisher first.</source>
        <translation>Danh mục trên máy này không được cài từ bản phát hành có chữ ký số, nên máy không thể bảo đảm cho danh mục đó; hãy cài hoặc cập nhật danh mục từ đơn vị phát hành trước.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check for updates to repair the trust store, then export.</source>
        <translation>Không đọc được {path} ({reason}); hãy kiểm tra cập nhật để sửa kho tin cậy, rồi xuất.</translation>
    </message>
    <message>
        <source>The signed release file of the installed catalogue is not on this laptop (it was installed by an older RefDesk, or an update was checked but not installed). Check for updates while online, install what is offered, then export again.</source>
        <translation>Máy này không có tệp bản phát hành có chữ ký số của danh mục đã cài (danh mục được cài bởi một phiên bản RefDesk cũ hơn, hoặc đã kiểm tra cập nhật nhưng chưa cài). Hãy kiểm tra cập nhật khi có mạng, cài bản được đề xuất, rồi xuất lại.</translation>
    </message>
    <message>
        <source>The trust store and the release file disagree about the catalogue snapshot; check for updates while online, then export again.</source>
        <translation>Kho tin cậy và tệp bản phát hành không thống nhất về bản đầy đủ của danh mục; hãy kiểm tra cập nhật khi có mạng, rồi xuất lại.</translation>
    </message>
    <message>
        <source>The installed catalogue cannot be turned back into the exact file the publisher signed (it may have been written by a different RefDesk). Check for updates while online and export again, or ask the publisher for a bundle (&apos;refdesk publish bundle&apos;).</source>
        <translation>Không thể dựng lại danh mục đã cài thành đúng tệp mà đơn vị phát hành đã ký (có thể danh mục được ghi bởi một phiên bản RefDesk khác). Hãy kiểm tra cập nhật khi có mạng rồi xuất lại, hoặc đề nghị đơn vị phát hành cung cấp gói cập nhật (&apos;refdesk publish bundle&apos;).</translation>
    </message>
    <message>
        <source>The document {name} on this laptop is damaged (its contents no longer match the publisher&apos;s signature); reinstall the catalogue before exporting it.</source>
        <translation>Tệp tài liệu {name} trên máy này bị hỏng (nội dung không còn khớp với chữ ký của đơn vị phát hành); hãy cài lại danh mục trước khi xuất.</translation>
    </message>
    <message>
        <source>not a release.json</source>
        <translation>không phải tệp release.json</translation>
    </message>
    <message>
        <source>This catalogue release needs a newer RefDesk; install the newer version of the app.</source>
        <translation>Bản phát hành danh mục này cần phiên bản RefDesk mới hơn; hãy cài phiên bản mới hơn của ứng dụng.</translation>
    </message>
    <message>
        <source>The release description (release.json) is malformed ({reason}).</source>
        <translation>Tệp mô tả bản phát hành (release.json) bị sai định dạng ({reason}).</translation>
    </message>
    <message>
        <source>No update source: give --source URL_OR_PATH (or save sources in the settings).</source>
        <translation>Không có nguồn cập nhật: hãy dùng --source URL_OR_PATH (hoặc lưu các nguồn trong phần cài đặt).</translation>
    </message>
    <message>
        <source>Checking {source}</source>
        <translation>Đang kiểm tra {source}</translation>
    </message>
    <message>
        <source>This laptop already trusts a different publisher; a new root of trust is accepted only through the publisher&apos;s signed root chain.</source>
        <translation>Máy này đã tin cậy một đơn vị phát hành khác; gốc tin cậy mới chỉ được chấp nhận qua chuỗi gốc có chữ ký của đơn vị phát hành.</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher&apos;s root.json.</source>
        <translation>Chưa tin cậy đơn vị phát hành nào: hãy dùng --trust ROOT_JSON với tệp root.json của đơn vị phát hành.</translation>
    </message>
    <message>
        <source>{source} publishes no catalogue release (no release.json).</source>
        <translation>{source} không phát hành bản danh mục nào (không có release.json).</translation>
    </message>
    <message>
        <source>{source} offers version {version} of the catalogue, older than the installed version {installed}; it was refused.</source>
        <translation>{source} cung cấp danh mục phiên bản {version}, cũ hơn phiên bản đã cài {installed}; bản này đã bị từ chối.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <extracomment>A step of an update, shown with &quot;…&quot; after it while the files arrive.</extracomment>
        <translation>Đang tải về</translation>
    </message>
    <message>
        <source>release.json names {name}, which the signed targets do not list with the same hash and length; nothing was applied.</source>
        <translation>release.json nêu {name}, nhưng danh sách tệp đã ký (targets) không có tệp này với cùng mã băm và độ dài; chưa áp dụng gì.</translation>
    </message>
    <message>
        <source>The update&apos;s delta is not for the release it was signed in.</source>
        <translation>Phần thay đổi của bản cập nhật không thuộc về bản phát hành đã ký nó.</translation>
    </message>
    <message>
        <source>The update&apos;s snapshot is not for the release it was signed in.</source>
        <translation>Bản đầy đủ của bản cập nhật không thuộc về bản phát hành đã ký nó.</translation>
    </message>
    <message>
        <source>The given root of trust is not a valid, self-signed TUF root ({reason}).</source>
        <translation>Gốc tin cậy đã cho không phải là gốc TUF hợp lệ và tự ký ({reason}).</translation>
    </message>
    <message>
        <source>its signed metadata has expired (a frozen mirror, or an old bundle)</source>
        <translation>siêu dữ liệu có chữ ký đã hết hạn (máy chủ phụ đã ngừng cập nhật, hoặc gói đã cũ)</translation>
    </message>
    <message>
        <source>it is older than what this laptop already trusts</source>
        <translation>bản này cũ hơn bản mà máy này đã tin cậy</translation>
    </message>
    <message>
        <source>it is not signed by the publisher&apos;s keys</source>
        <translation>bản này không được ký bằng khoá của đơn vị phát hành</translation>
    </message>
    <message>
        <source>a file does not match what the publisher signed (tampered or damaged)</source>
        <translation>một tệp không khớp với bản đơn vị phát hành đã ký (bị sửa đổi hoặc bị hỏng)</translation>
    </message>
    <message>
        <source>a file is longer than the publisher signed</source>
        <translation>một tệp dài hơn độ dài mà đơn vị phát hành đã ký</translation>
    </message>
    <message>
        <source>The update from {source} was refused: {reason}. Nothing was applied.</source>
        <translation>Bản cập nhật từ {source} đã bị từ chối: {reason}. Chưa áp dụng gì.</translation>
    </message>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>Không dùng được nguồn cập nhật nào ({detail}). Hãy kiểm tra kết nối hoặc USB rồi thử lại.</translation>
    </message>
    <message>
        <source>{source} is neither a repository folder nor a .zip update bundle.</source>
        <translation>{source} không phải thư mục kho dữ liệu, cũng không phải gói cập nhật .zip.</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>{source} không tồn tại (hãy cho một địa chỉ https://, một thư mục hoặc một gói .zip).</translation>
    </message>
    <message>
        <source>{url} answered {status}</source>
        <translation>{url} trả lời {status}</translation>
    </message>
    <message>
        <source>The connection to {url} kept dropping.</source>
        <translation>Kết nối tới {url} liên tục bị ngắt.</translation>
    </message>
    <message>
        <source>{url} sent more than the {length} bytes its signed length allows.</source>
        <translation>{url} đã gửi quá {length} byte mà độ dài đã ký cho phép.</translation>
    </message>
    <message>
        <source>{url} redirects too many times.</source>
        <translation>{url} chuyển hướng quá nhiều lần.</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({reason}).</source>
        <translation>Không kết nối được tới {url} ({reason}).</translation>
    </message>
    <message>
        <source>{url} stalled.</source>
        <translation>{url} ngừng gửi dữ liệu.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped ({reason}).</source>
        <translation>Kết nối tới {url} bị ngắt ({reason}).</translation>
    </message>
    <message>
        <source>{source} is not a readable update bundle ({reason}).</source>
        <translation>{source} không phải là gói cập nhật đọc được ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not in {source}</source>
        <translation>{source} không có {name}</translation>
    </message>
    <message>
        <source>{name} cannot be read from {source} ({reason}).</source>
        <translation>Không đọc được {name} từ {source} ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Không đọc được {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <translation>Đã có danh mục phiên bản {version} ({size}): Cập nhật ▸ Kiểm tra cập nhật (Ctrl+U).</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>Không có bộ sưu tập nào tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>Đã có bộ sưu tập tên &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export ({reason}).</source>
        <translation>{path} không phải là tệp xuất dữ liệu người dùng của RefDesk ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export.</source>
        <translation>{path} không phải là tệp xuất dữ liệu người dùng của RefDesk.</translation>
    </message>
    <message>
        <source>{path} was exported by a newer RefDesk; update the app first.</source>
        <translation>{path} được xuất bởi phiên bản RefDesk mới hơn; hãy cập nhật ứng dụng trước.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was imported.</source>
        <translation>{path} bị hỏng ({reason}); chưa nhập gì.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Bộ sưu tập cần có tên.</translation>
    </message>
    <message>
        <source>Your user data {path} cannot be read ({reason}); it was left untouched. Move it aside to start afresh, or restore it from an export.</source>
        <translation>Không đọc được dữ liệu người dùng {path} của bạn ({reason}); tệp vẫn được giữ nguyên. Hãy chuyển tệp sang chỗ khác để bắt đầu lại từ đầu, hoặc khôi phục từ một bản đã xuất.</translation>
    </message>
    <message>
        <source>{path} was written by a newer RefDesk (user data version {version}, this app reads up to {supported}); install the newer version. Nothing was changed.</source>
        <translation>{path} được ghi bởi phiên bản RefDesk mới hơn (dữ liệu người dùng phiên bản {version}, ứng dụng này chỉ đọc được đến {supported}); hãy cài phiên bản mới hơn. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Your user data {path} could not be saved ({reason}).</source>
        <translation>Không lưu được dữ liệu người dùng {path} của bạn ({reason}).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Indicators and checklists</source>
        <translation>Dấu hiệu và bảng kiểm</translation>
    </message>
    <message>
        <source>Screening tool</source>
        <translation>Công cụ sàng lọc</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Handbook or toolkit</source>
        <translation>Sổ tay, bộ công cụ</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>Quy trình thao tác chuẩn</translation>
    </message>
    <message>
        <source>Training curriculum</source>
        <translation>Chương trình đào tạo</translation>
    </message>
    <message>
        <source>Referral tool or directory</source>
        <translation>Công cụ, danh bạ chuyển gửi</translation>
    </message>
    <message>
        <source>Digital tool</source>
        <translation>Công cụ số</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Nghiên cứu</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Phương pháp luận</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Label in the bundled catalogue of the topic policy</extracomment>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>Chuẩn dữ liệu</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>Tài liệu truyền thông</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Toàn cầu</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Châu Á</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>Đông Nam Á</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>Nam Á</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>Đông Á</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Trung Á</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Châu Á – Thái Bình Dương</translation>
    </message>
    <message>
        <source>Greater Mekong</source>
        <translation>Tiểu vùng Mê Kông mở rộng</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Thái Bình Dương</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Châu Âu</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Châu Phi</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Châu Mỹ</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Trung Đông</translation>
    </message>
    <message>
        <source>Age assessment</source>
        <extracomment>Label in the bundled catalogue of the topic age-assessment</extracomment>
        <translation>Xác định tuổi</translation>
    </message>
    <message>
        <source>Asylum and trafficking nexus</source>
        <extracomment>Label in the bundled catalogue of the topic asylum-trafficking-nexus</extracomment>
        <translation>Liên hệ giữa tị nạn và mua bán người</translation>
    </message>
    <message>
        <source>Barriers to identification</source>
        <extracomment>Label in the bundled catalogue of the topic barriers</extracomment>
        <translation>Rào cản trong xác định nạn nhân</translation>
    </message>
    <message>
        <source>Bonded labour</source>
        <extracomment>Label in the bundled catalogue of the topic bonded-labour</extracomment>
        <translation>Lao động bị ràng buộc</translation>
    </message>
    <message>
        <source>Boys</source>
        <extracomment>Label in the bundled catalogue of the topic boys</extracomment>
        <translation>Trẻ em trai</translation>
    </message>
    <message>
        <source>Case data</source>
        <extracomment>Label in the bundled catalogue of the topic case-data</extracomment>
        <translation>Dữ liệu vụ việc</translation>
    </message>
    <message>
        <source>Case documentation</source>
        <extracomment>Label in the bundled catalogue of the topic case-documentation</extracomment>
        <translation>Lập hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Case management</source>
        <extracomment>Label in the bundled catalogue of the topic case-management</extracomment>
        <translation>Quản lý trường hợp</translation>
    </message>
    <message>
        <source>Case records</source>
        <extracomment>Label in the bundled catalogue of the topic case-records</extracomment>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Case stories</source>
        <extracomment>Label in the bundled catalogue of the topic case-stories</extracomment>
        <translation>Câu chuyện vụ việc</translation>
    </message>
    <message>
        <source>Checklists</source>
        <extracomment>Label in the bundled catalogue of the topic checklists</extracomment>
        <translation>Bảng kiểm</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-criminal-exploitation</extracomment>
        <translation>Bóc lột trẻ em để phạm tội</translation>
    </message>
    <message>
        <source>Interviewing children</source>
        <extracomment>Label in the bundled catalogue of the topic child-interview-techniques</extracomment>
        <translation>Phỏng vấn trẻ em</translation>
    </message>
    <message>
        <source>Child labour</source>
        <extracomment>Label in the bundled catalogue of the topic child-labour</extracomment>
        <translation>Lao động trẻ em</translation>
    </message>
    <message>
        <source>Child protection</source>
        <extracomment>Label in the bundled catalogue of the topic child-protection</extracomment>
        <translation>Bảo vệ trẻ em</translation>
    </message>
    <message>
        <source>Child rights</source>
        <extracomment>Label in the bundled catalogue of the topic child-rights</extracomment>
        <translation>Quyền trẻ em</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-sexual-exploitation</extracomment>
        <translation>Bóc lột tình dục trẻ em</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic child-trafficking</extracomment>
        <translation>Mua bán trẻ em</translation>
    </message>
    <message>
        <source>Child victims</source>
        <extracomment>Label in the bundled catalogue of the topic child-victims</extracomment>
        <translation>Nạn nhân là trẻ em</translation>
    </message>
    <message>
        <source>Coercion</source>
        <extracomment>Label in the bundled catalogue of the topic coercion</extracomment>
        <translation>Cưỡng ép</translation>
    </message>
    <message>
        <source>Community-level response</source>
        <extracomment>Label in the bundled catalogue of the topic community-level-response</extracomment>
        <translation>Ứng phó ở cấp cộng đồng</translation>
    </message>
    <message>
        <source>Community policing</source>
        <extracomment>Label in the bundled catalogue of the topic community-policing</extracomment>
        <translation>Cảnh sát cộng đồng</translation>
    </message>
    <message>
        <source>Compensation</source>
        <extracomment>Label in the bundled catalogue of the topic compensation</extracomment>
        <translation>Bồi thường</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>Label in the bundled catalogue of the topic complaints</extracomment>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <extracomment>Label in the bundled catalogue of the topic confidentiality</extracomment>
        <translation>Bảo mật thông tin</translation>
    </message>
    <message>
        <source>Cooperation with law enforcement</source>
        <extracomment>Label in the bundled catalogue of the topic cooperation-with-law-enforcement</extracomment>
        <translation>Hợp tác với cơ quan thực thi pháp luật</translation>
    </message>
    <message>
        <source>Counter-trafficking committees</source>
        <extracomment>Label in the bundled catalogue of the topic counter-trafficking-committees</extracomment>
        <translation>Uỷ ban phòng, chống mua bán người</translation>
    </message>
    <message>
        <source>Cross-border trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic cross-border-trafficking</extracomment>
        <translation>Mua bán người xuyên biên giới</translation>
    </message>
    <message>
        <source>Data collection</source>
        <extracomment>Label in the bundled catalogue of the topic data-collection</extracomment>
        <translation>Thu thập dữ liệu</translation>
    </message>
    <message>
        <source>Debt</source>
        <extracomment>Label in the bundled catalogue of the topic debt</extracomment>
        <translation>Nợ</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <extracomment>Label in the bundled catalogue of the topic debt-bondage</extracomment>
        <translation>Lao động gán nợ</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-work</extracomment>
        <translation>Giúp việc gia đình</translation>
    </message>
    <message>
        <source>Domestic workers</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-workers</extracomment>
        <translation>Lao động giúp việc gia đình</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Label in the bundled catalogue of the topic due-diligence</extracomment>
        <translation>Thẩm định (due diligence)</translation>
    </message>
    <message>
        <source>Education</source>
        <extracomment>Label in the bundled catalogue of the topic education</extracomment>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <source>Ethical interviewing</source>
        <extracomment>Label in the bundled catalogue of the topic ethical-interviewing</extracomment>
        <translation>Phỏng vấn có đạo đức</translation>
    </message>
    <message>
        <source>Ethics</source>
        <extracomment>Label in the bundled catalogue of the topic ethics</extracomment>
        <translation>Đạo đức</translation>
    </message>
    <message>
        <source>First contact</source>
        <extracomment>Label in the bundled catalogue of the topic first-contact</extracomment>
        <translation>Tiếp xúc ban đầu</translation>
    </message>
    <message>
        <source>First response</source>
        <extracomment>Label in the bundled catalogue of the topic first-response</extracomment>
        <translation>Ứng phó ban đầu</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Label in the bundled catalogue of the topic fishing</extracomment>
        <translation>Nghề cá</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <extracomment>Label in the bundled catalogue of the topic forced-criminality</extracomment>
        <translation>Cưỡng bức phạm tội</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour</extracomment>
        <translation>Lao động cưỡng bức</translation>
    </message>
    <message>
        <source>Forced labour risk</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-risk</extracomment>
        <translation>Nguy cơ lao động cưỡng bức</translation>
    </message>
    <message>
        <source>Forced labour screening</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-screening</extracomment>
        <translation>Sàng lọc lao động cưỡng bức</translation>
    </message>
    <message>
        <source>Forms and templates</source>
        <extracomment>Label in the bundled catalogue of the topic forms</extracomment>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Frontline capacity</source>
        <extracomment>Label in the bundled catalogue of the topic frontline-capacity</extracomment>
        <translation>Năng lực tuyến đầu</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Label in the bundled catalogue of the topic gender</extracomment>
        <translation>Giới</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Label in the bundled catalogue of the topic health</extracomment>
        <translation>Sức khoẻ</translation>
    </message>
    <message>
        <source>Human rights</source>
        <extracomment>Label in the bundled catalogue of the topic human-rights</extracomment>
        <translation>Quyền con người</translation>
    </message>
    <message>
        <source>Humanitarian protection</source>
        <extracomment>Label in the bundled catalogue of the topic humanitarian-protection</extracomment>
        <translation>Bảo vệ nhân đạo</translation>
    </message>
    <message>
        <source>Mapping of identification tools</source>
        <extracomment>Label in the bundled catalogue of the topic identification-tools-mapping</extracomment>
        <translation>Rà soát công cụ xác định nạn nhân</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <extracomment>Label in the bundled catalogue of the topic identity-documents</extracomment>
        <translation>Giấy tờ tuỳ thân</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>Label in the bundled catalogue of the topic indicators</extracomment>
        <translation>Dấu hiệu nhận biết</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <extracomment>Label in the bundled catalogue of the topic informed-consent</extracomment>
        <translation>Đồng ý có hiểu biết</translation>
    </message>
    <message>
        <source>Inter-state coordination</source>
        <extracomment>Label in the bundled catalogue of the topic inter-state-coordination</extracomment>
        <translation>Phối hợp giữa các quốc gia</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <extracomment>Label in the bundled catalogue of the topic interoperability</extracomment>
        <translation>Khả năng liên thông</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>Label in the bundled catalogue of the topic interpreters; the audience interpreters</extracomment>
        <translation>Phiên dịch viên</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <extracomment>Label in the bundled catalogue of the topic interview-questions</extracomment>
        <translation>Câu hỏi phỏng vấn</translation>
    </message>
    <message>
        <source>Investigation</source>
        <extracomment>Label in the bundled catalogue of the topic investigation</extracomment>
        <translation>Điều tra</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic labour-exploitation</extracomment>
        <translation>Bóc lột lao động</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <extracomment>Label in the bundled catalogue of the topic labour-inspection</extracomment>
        <translation>Thanh tra lao động</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <extracomment>Label in the bundled catalogue of the topic labour-migration</extracomment>
        <translation>Di cư lao động</translation>
    </message>
    <message>
        <source>Labour trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic labour-trafficking</extracomment>
        <translation>Mua bán người để bóc lột lao động</translation>
    </message>
    <message>
        <source>Language assistance</source>
        <extracomment>Label in the bundled catalogue of the topic language-assistance</extracomment>
        <translation>Hỗ trợ ngôn ngữ</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <extracomment>Label in the bundled catalogue of the topic legal-aid</extracomment>
        <translation>Trợ giúp pháp lý</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <extracomment>Label in the bundled catalogue of the topic legal-framework</extracomment>
        <translation>Khung pháp lý</translation>
    </message>
    <message>
        <source>Measurement</source>
        <extracomment>Label in the bundled catalogue of the topic measurement</extracomment>
        <translation>Đo lường</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <extracomment>Label in the bundled catalogue of the topic medical-examination</extracomment>
        <translation>Khám y tế</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <extracomment>Label in the bundled catalogue of the topic men-and-boys</extracomment>
        <translation>Nam giới và trẻ em trai</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <extracomment>Label in the bundled catalogue of the topic methods-of-control</extracomment>
        <translation>Phương thức kiểm soát</translation>
    </message>
    <message>
        <source>Migrant vulnerability</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-vulnerability</extracomment>
        <translation>Tính dễ bị tổn thương của người di cư</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-workers</extracomment>
        <translation>Lao động di cư</translation>
    </message>
    <message>
        <source>Migration routes</source>
        <extracomment>Label in the bundled catalogue of the topic migration-routes</extracomment>
        <translation>Tuyến đường di cư</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <extracomment>Label in the bundled catalogue of the topic misconceptions</extracomment>
        <translation>Quan niệm sai lầm</translation>
    </message>
    <message>
        <source>Missing persons</source>
        <extracomment>Label in the bundled catalogue of the topic missing-persons</extracomment>
        <translation>Người mất tích</translation>
    </message>
    <message>
        <source>Mixed migration</source>
        <extracomment>Label in the bundled catalogue of the topic mixed-migration</extracomment>
        <translation>Di cư hỗn hợp</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <extracomment>Label in the bundled catalogue of the topic modern-slavery</extracomment>
        <translation>Nô lệ hiện đại</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Label in the bundled catalogue of the topic monitoring</extracomment>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>National referral mechanisms (NRMs)</source>
        <extracomment>Label in the bundled catalogue of the topic national-referral-mechanisms</extracomment>
        <translation>Các cơ chế chuyển gửi quốc gia (NRM)</translation>
    </message>
    <message>
        <source>National responses</source>
        <extracomment>Label in the bundled catalogue of the topic national-responses</extracomment>
        <translation>Các biện pháp ứng phó quốc gia</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>Label in the bundled catalogue of the topic needs-assessment</extracomment>
        <translation>Đánh giá nhu cầu</translation>
    </message>
    <message>
        <source>Non-criminalisation</source>
        <extracomment>Label in the bundled catalogue of the topic non-criminalization</extracomment>
        <translation>Không hình sự hoá nạn nhân</translation>
    </message>
    <message>
        <source>Non-identification</source>
        <extracomment>Label in the bundled catalogue of the topic non-identification</extracomment>
        <translation>Không xác định được nạn nhân</translation>
    </message>
    <message>
        <source>Non-punishment principle</source>
        <extracomment>Label in the bundled catalogue of the topic non-punishment</extracomment>
        <translation>Nguyên tắc không trừng phạt</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <extracomment>Label in the bundled catalogue of the topic occupational-health</extracomment>
        <translation>An toàn, vệ sinh lao động</translation>
    </message>
    <message>
        <source>Online child sexual exploitation and abuse (OCSEA)</source>
        <extracomment>Label in the bundled catalogue of the topic ocsea</extracomment>
        <translation>Xâm hại và bóc lột tình dục trẻ em trực tuyến (OCSEA)</translation>
    </message>
    <message>
        <source>Online scam centres</source>
        <extracomment>Label in the bundled catalogue of the topic online-scam-centres</extracomment>
        <translation>Trung tâm lừa đảo trực tuyến</translation>
    </message>
    <message>
        <source>Placement fees</source>
        <extracomment>Label in the bundled catalogue of the topic placement-fees</extracomment>
        <translation>Phí môi giới việc làm</translation>
    </message>
    <message>
        <source>Post-rescue care</source>
        <extracomment>Label in the bundled catalogue of the topic post-rescue-care</extracomment>
        <translation>Chăm sóc sau giải cứu</translation>
    </message>
    <message>
        <source>Post-trafficking services</source>
        <extracomment>Label in the bundled catalogue of the topic post-trafficking-services</extracomment>
        <translation>Dịch vụ sau khi bị mua bán</translation>
    </message>
    <message>
        <source>Prevention</source>
        <extracomment>Label in the bundled catalogue of the topic prevention</extracomment>
        <translation>Phòng ngừa</translation>
    </message>
    <message>
        <source>Prison labour</source>
        <extracomment>Label in the bundled catalogue of the topic prison-labour</extracomment>
        <translation>Lao động trong trại giam</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Label in the bundled catalogue of the topic privacy</extracomment>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <source>Programme design</source>
        <extracomment>Label in the bundled catalogue of the topic programming</extracomment>
        <translation>Thiết kế chương trình</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <extracomment>Label in the bundled catalogue of the topic prosecution</extracomment>
        <translation>Truy tố</translation>
    </message>
    <message>
        <source>Receipt and repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic receipt-and-repatriation</extracomment>
        <translation>Tiếp nhận và hồi hương</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Label in the bundled catalogue of the topic recovery</extracomment>
        <translation>Hồi phục</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment</extracomment>
        <translation>Tuyển dụng</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment-fees</extracomment>
        <translation>Phí tuyển dụng</translation>
    </message>
    <message>
        <source>Referral</source>
        <extracomment>Label in the bundled catalogue of the topic referral</extracomment>
        <translation>Chuyển gửi</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <extracomment>Label in the bundled catalogue of the topic referral-contacts</extracomment>
        <translation>Đầu mối chuyển gửi</translation>
    </message>
    <message>
        <source>Referral information</source>
        <extracomment>Label in the bundled catalogue of the topic referral-information</extracomment>
        <translation>Thông tin chuyển gửi</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <extracomment>Label in the bundled catalogue of the topic referral-to-services</extracomment>
        <translation>Chuyển gửi đến dịch vụ</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <extracomment>Label in the bundled catalogue of the topic regional-cooperation</extracomment>
        <translation>Hợp tác khu vực</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <extracomment>Label in the bundled catalogue of the topic rehabilitation</extracomment>
        <translation>Phục hồi</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic reintegration</extracomment>
        <translation>Tái hoà nhập</translation>
    </message>
    <message>
        <source>Remedies and redress</source>
        <extracomment>Label in the bundled catalogue of the topic remedies</extracomment>
        <translation>Khắc phục và bồi hoàn</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic repatriation</extracomment>
        <translation>Hồi hương</translation>
    </message>
    <message>
        <source>Reporting</source>
        <extracomment>Label in the bundled catalogue of the topic reporting</extracomment>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Reporting mechanisms</source>
        <extracomment>Label in the bundled catalogue of the topic reporting-mechanisms</extracomment>
        <translation>Cơ chế tố giác, báo cáo</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>Label in the bundled catalogue of the topic rescue</extracomment>
        <translation>Giải cứu</translation>
    </message>
    <message>
        <source>Rescue planning</source>
        <extracomment>Label in the bundled catalogue of the topic rescue-planning</extracomment>
        <translation>Lập kế hoạch giải cứu</translation>
    </message>
    <message>
        <source>Research ethics</source>
        <extracomment>Label in the bundled catalogue of the topic research-ethics</extracomment>
        <translation>Đạo đức nghiên cứu</translation>
    </message>
    <message>
        <source>Responsible data</source>
        <extracomment>Label in the bundled catalogue of the topic responsible-data</extracomment>
        <translation>Dữ liệu có trách nhiệm</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic return-and-reintegration</extracomment>
        <translation>Trở về và tái hoà nhập</translation>
    </message>
    <message>
        <source>Safe response</source>
        <extracomment>Label in the bundled catalogue of the topic safe-response</extracomment>
        <translation>Ứng phó an toàn</translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Label in the bundled catalogue of the topic safety</extracomment>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Screening</source>
        <extracomment>Label in the bundled catalogue of the topic screening</extracomment>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <source>Screening forms</source>
        <extracomment>Label in the bundled catalogue of the topic screening-forms</extracomment>
        <translation>Mẫu sàng lọc</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <extracomment>Label in the bundled catalogue of the topic screening-interview</extracomment>
        <translation>Phỏng vấn sàng lọc</translation>
    </message>
    <message>
        <source>Screening tools</source>
        <extracomment>Label in the bundled catalogue of the topic screening-tools</extracomment>
        <translation>Công cụ sàng lọc</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <extracomment>Label in the bundled catalogue of the topic seafood-processing</extracomment>
        <translation>Chế biến thuỷ sản</translation>
    </message>
    <message>
        <source>Self-identification</source>
        <extracomment>Label in the bundled catalogue of the topic self-identification</extracomment>
        <translation>Tự nhận là nạn nhân</translation>
    </message>
    <message>
        <source>Self-reporting</source>
        <extracomment>Label in the bundled catalogue of the topic self-reporting</extracomment>
        <translation>Tự trình báo</translation>
    </message>
    <message>
        <source>Service directory</source>
        <extracomment>Label in the bundled catalogue of the topic service-directory</extracomment>
        <translation>Danh bạ dịch vụ</translation>
    </message>
    <message>
        <source>Sex trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic sex-trafficking</extracomment>
        <translation>Mua bán người để bóc lột tình dục</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic sexual-exploitation</extracomment>
        <translation>Bóc lột tình dục</translation>
    </message>
    <message>
        <source>Shelter</source>
        <extracomment>Label in the bundled catalogue of the topic shelter</extracomment>
        <translation>Nhà tạm lánh</translation>
    </message>
    <message>
        <source>Social audit</source>
        <extracomment>Label in the bundled catalogue of the topic social-audit</extracomment>
        <translation>Kiểm toán xã hội</translation>
    </message>
    <message>
        <source>Youth of diverse sexual orientation, gender identity and expression (SOGIE)</source>
        <extracomment>Label in the bundled catalogue of the topic sogie-youth</extracomment>
        <translation>Thanh thiếu niên đa dạng về xu hướng tính dục, bản dạng và thể hiện giới (SOGIE)</translation>
    </message>
    <message>
        <source>Standard of evidence</source>
        <extracomment>Label in the bundled catalogue of the topic standard-of-evidence</extracomment>
        <translation>Tiêu chuẩn chứng cứ</translation>
    </message>
    <message>
        <source>State obligations</source>
        <extracomment>Label in the bundled catalogue of the topic state-obligations</extracomment>
        <translation>Nghĩa vụ của nhà nước</translation>
    </message>
    <message>
        <source>Statutory duties</source>
        <extracomment>Label in the bundled catalogue of the topic statutory-duties</extracomment>
        <translation>Nghĩa vụ theo luật định</translation>
    </message>
    <message>
        <source>Street-involved children</source>
        <extracomment>Label in the bundled catalogue of the topic street-involved-children</extracomment>
        <translation>Trẻ em đường phố</translation>
    </message>
    <message>
        <source>Supply chains</source>
        <extracomment>Label in the bundled catalogue of the topic supply-chains</extracomment>
        <translation>Chuỗi cung ứng</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Label in the bundled catalogue of the topic surveys</extracomment>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Survivor perspectives</source>
        <extracomment>Label in the bundled catalogue of the topic survivor-perspectives</extracomment>
        <translation>Góc nhìn của người sống sót</translation>
    </message>
    <message>
        <source>Technical Intern Training Program (Japan)</source>
        <extracomment>Label in the bundled catalogue of the topic technical-intern-training-program</extracomment>
        <translation>Chương trình thực tập sinh kỹ năng (Nhật Bản)</translation>
    </message>
    <message>
        <source>Terminology</source>
        <extracomment>Label in the bundled catalogue of the topic terminology</extracomment>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <source>Trafficking (general)</source>
        <extracomment>Label in the bundled catalogue of the topic trafficking-general</extracomment>
        <translation>Mua bán người (chung)</translation>
    </message>
    <message>
        <source>Trauma indicators</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-indicators</extracomment>
        <translation>Dấu hiệu sang chấn</translation>
    </message>
    <message>
        <source>Trauma-informed care</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-care</extracomment>
        <translation>Chăm sóc thấu hiểu sang chấn</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-practice</extracomment>
        <translation>Thực hành thấu hiểu sang chấn</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <extracomment>Label in the bundled catalogue of the topic travel-and-tourism</extracomment>
        <translation>Du lịch, lữ hành</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic types-of-exploitation</extracomment>
        <translation>Các hình thức bóc lột</translation>
    </message>
    <message>
        <source>Unaccompanied and separated children</source>
        <extracomment>Label in the bundled catalogue of the topic unaccompanied-children</extracomment>
        <translation>Trẻ em không có người đi kèm hoặc bị tách khỏi gia đình</translation>
    </message>
    <message>
        <source>Victim assistance</source>
        <extracomment>Label in the bundled catalogue of the topic victim-assistance</extracomment>
        <translation>Hỗ trợ nạn nhân</translation>
    </message>
    <message>
        <source>Victim-centred approach</source>
        <extracomment>Label in the bundled catalogue of the topic victim-centred-approach</extracomment>
        <translation>Lấy nạn nhân làm trung tâm</translation>
    </message>
    <message>
        <source>Victim-friendly procedures</source>
        <extracomment>Label in the bundled catalogue of the topic victim-friendly-procedures</extracomment>
        <translation>Thủ tục thân thiện với nạn nhân</translation>
    </message>
    <message>
        <source>Victim identification</source>
        <extracomment>Label in the bundled catalogue of the topic victim-identification</extracomment>
        <translation>Xác định nạn nhân</translation>
    </message>
    <message>
        <source>Victim protection</source>
        <extracomment>Label in the bundled catalogue of the topic victim-protection</extracomment>
        <translation>Bảo vệ nạn nhân</translation>
    </message>
    <message>
        <source>Victim witnesses</source>
        <extracomment>Label in the bundled catalogue of the topic victim-witnesses</extracomment>
        <translation>Nạn nhân là người làm chứng</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <extracomment>Label in the bundled catalogue of the topic withholding-of-wages</extracomment>
        <translation>Giữ lại tiền lương</translation>
    </message>
    <message>
        <source>Women migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic women-migrant-workers</extracomment>
        <translation>Lao động di cư nữ</translation>
    </message>
    <message>
        <source>Women victims</source>
        <extracomment>Label in the bundled catalogue of the topic women-victims</extracomment>
        <translation>Nạn nhân là phụ nữ</translation>
    </message>
    <message>
        <source>ASEAN government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience asean-government-agencies</extracomment>
        <translation>Cơ quan chính phủ các nước ASEAN</translation>
    </message>
    <message>
        <source>Border guards</source>
        <extracomment>Label in the bundled catalogue of the audience border-guards</extracomment>
        <translation>Bộ đội biên phòng</translation>
    </message>
    <message>
        <source>Border officials</source>
        <extracomment>Label in the bundled catalogue of the audience border-officials</extracomment>
        <translation>Cán bộ biên giới</translation>
    </message>
    <message>
        <source>Border police</source>
        <extracomment>Label in the bundled catalogue of the audience border-police</extracomment>
        <translation>Cảnh sát biên giới</translation>
    </message>
    <message>
        <source>Business</source>
        <extracomment>Label in the bundled catalogue of the audience business</extracomment>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Case managers</source>
        <extracomment>Label in the bundled catalogue of the audience case-managers</extracomment>
        <translation>Cán bộ quản lý trường hợp</translation>
    </message>
    <message>
        <source>Case workers</source>
        <extracomment>Label in the bundled catalogue of the audience case-workers</extracomment>
        <translation>Nhân viên phụ trách trường hợp</translation>
    </message>
    <message>
        <source>Child protection workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-protection-workers</extracomment>
        <translation>Người làm công tác bảo vệ trẻ em</translation>
    </message>
    <message>
        <source>Child welfare agencies</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-agencies</extracomment>
        <translation>Cơ quan phúc lợi trẻ em</translation>
    </message>
    <message>
        <source>Child welfare committees</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-committees</extracomment>
        <translation>Uỷ ban phúc lợi trẻ em</translation>
    </message>
    <message>
        <source>Child welfare workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-workers</extracomment>
        <translation>Nhân viên phúc lợi trẻ em</translation>
    </message>
    <message>
        <source>Civil society</source>
        <extracomment>Label in the bundled catalogue of the audience civil-society</extracomment>
        <translation>Xã hội dân sự</translation>
    </message>
    <message>
        <source>Commune police</source>
        <extracomment>Label in the bundled catalogue of the audience commune-police</extracomment>
        <translation>Công an xã</translation>
    </message>
    <message>
        <source>Community monitors</source>
        <extracomment>Label in the bundled catalogue of the audience community-monitors</extracomment>
        <translation>Người giám sát cộng đồng</translation>
    </message>
    <message>
        <source>Competent authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience competent-authority-staff</extracomment>
        <translation>Cán bộ cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Compliance staff</source>
        <extracomment>Label in the bundled catalogue of the audience compliance-staff</extracomment>
        <translation>Nhân viên phụ trách tuân thủ</translation>
    </message>
    <message>
        <source>Consular officials</source>
        <extracomment>Label in the bundled catalogue of the audience consular-officials</extracomment>
        <translation>Cán bộ lãnh sự</translation>
    </message>
    <message>
        <source>Criminal justice practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience criminal-justice-practitioners</extracomment>
        <translation>Người làm công tác tư pháp hình sự</translation>
    </message>
    <message>
        <source>Data collection agencies</source>
        <extracomment>Label in the bundled catalogue of the audience data-collection-agencies</extracomment>
        <translation>Cơ quan thu thập dữ liệu</translation>
    </message>
    <message>
        <source>Educators</source>
        <extracomment>Label in the bundled catalogue of the audience educators</extracomment>
        <translation>Nhà giáo dục</translation>
    </message>
    <message>
        <source>Employers</source>
        <extracomment>Label in the bundled catalogue of the audience employers</extracomment>
        <translation>Người sử dụng lao động</translation>
    </message>
    <message>
        <source>Employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience employers-organisations</extracomment>
        <translation>Tổ chức của người sử dụng lao động</translation>
    </message>
    <message>
        <source>Enforcement agencies</source>
        <extracomment>Label in the bundled catalogue of the audience enforcement-agencies</extracomment>
        <translation>Cơ quan thực thi</translation>
    </message>
    <message>
        <source>First responders</source>
        <extracomment>Label in the bundled catalogue of the audience first-responders</extracomment>
        <translation>Lực lượng ứng phó ban đầu</translation>
    </message>
    <message>
        <source>Fisheries officers</source>
        <extracomment>Label in the bundled catalogue of the audience fisheries-officers</extracomment>
        <translation>Cán bộ thuỷ sản</translation>
    </message>
    <message>
        <source>Frontline actors</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-actors</extracomment>
        <translation>Các bên tuyến đầu</translation>
    </message>
    <message>
        <source>Frontline agencies</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-agencies</extracomment>
        <translation>Cơ quan tuyến đầu</translation>
    </message>
    <message>
        <source>Frontline organisations</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-organisations</extracomment>
        <translation>Tổ chức tuyến đầu</translation>
    </message>
    <message>
        <source>Frontline practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-practitioners</extracomment>
        <translation>Người làm công tác tuyến đầu</translation>
    </message>
    <message>
        <source>Frontline responders</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-responders</extracomment>
        <translation>Lực lượng ứng phó tuyến đầu</translation>
    </message>
    <message>
        <source>Frontline screening officers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-screening-officers</extracomment>
        <translation>Cán bộ sàng lọc tuyến đầu</translation>
    </message>
    <message>
        <source>Frontline staff (government, international organisations, NGOs)</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-staff-government-io-ngo</extracomment>
        <translation>Nhân viên tuyến đầu (chính phủ, tổ chức quốc tế, tổ chức phi chính phủ)</translation>
    </message>
    <message>
        <source>Frontline support workers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-support-workers</extracomment>
        <translation>Nhân viên hỗ trợ tuyến đầu</translation>
    </message>
    <message>
        <source>General public</source>
        <extracomment>Label in the bundled catalogue of the audience general-public</extracomment>
        <translation>Công chúng</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience government-agencies</extracomment>
        <translation>Cơ quan chính phủ</translation>
    </message>
    <message>
        <source>Government officials</source>
        <extracomment>Label in the bundled catalogue of the audience government-officials</extracomment>
        <translation>Cán bộ, công chức nhà nước</translation>
    </message>
    <message>
        <source>Government service providers</source>
        <extracomment>Label in the bundled catalogue of the audience government-service-providers</extracomment>
        <translation>Cơ quan nhà nước cung cấp dịch vụ</translation>
    </message>
    <message>
        <source>Governments</source>
        <extracomment>Label in the bundled catalogue of the audience governments</extracomment>
        <translation>Chính phủ</translation>
    </message>
    <message>
        <source>Health and social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience health-and-social-service-providers</extracomment>
        <translation>Đơn vị cung cấp dịch vụ y tế và xã hội</translation>
    </message>
    <message>
        <source>Health workers</source>
        <extracomment>Label in the bundled catalogue of the audience health-workers</extracomment>
        <translation>Nhân viên y tế</translation>
    </message>
    <message>
        <source>Helplines</source>
        <extracomment>Label in the bundled catalogue of the audience helplines</extracomment>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <extracomment>Label in the bundled catalogue of the audience hospitals</extracomment>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>HR staff</source>
        <extracomment>Label in the bundled catalogue of the audience hr-staff</extracomment>
        <translation>Nhân viên nhân sự</translation>
    </message>
    <message>
        <source>Humanitarian actors</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-actors</extracomment>
        <translation>Các bên hoạt động nhân đạo</translation>
    </message>
    <message>
        <source>Humanitarian workers</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-workers</extracomment>
        <translation>Người làm công tác nhân đạo</translation>
    </message>
    <message>
        <source>Identifying authorities</source>
        <extracomment>Label in the bundled catalogue of the audience identifying-authorities</extracomment>
        <translation>Cơ quan có thẩm quyền xác định nạn nhân</translation>
    </message>
    <message>
        <source>Immigration officials</source>
        <extracomment>Label in the bundled catalogue of the audience immigration-officials</extracomment>
        <translation>Cán bộ xuất nhập cảnh</translation>
    </message>
    <message>
        <source>Implementing agencies</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-agencies</extracomment>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-partners</extracomment>
        <translation>Đối tác thực hiện</translation>
    </message>
    <message>
        <source>Industry</source>
        <extracomment>Label in the bundled catalogue of the audience industry</extracomment>
        <translation>Ngành công nghiệp</translation>
    </message>
    <message>
        <source>IOM and UNHCR country offices</source>
        <extracomment>Label in the bundled catalogue of the audience iom-and-unhcr-country-offices</extracomment>
        <translation>Văn phòng quốc gia của IOM và UNHCR</translation>
    </message>
    <message>
        <source>Judges</source>
        <extracomment>Label in the bundled catalogue of the audience judges</extracomment>
        <translation>Thẩm phán</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <extracomment>Label in the bundled catalogue of the audience labour-inspectors</extracomment>
        <translation>Thanh tra viên lao động</translation>
    </message>
    <message>
        <source>Labour officials</source>
        <extracomment>Label in the bundled catalogue of the audience labour-officials</extracomment>
        <translation>Cán bộ lao động</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <extracomment>Label in the bundled catalogue of the audience law-enforcement</extracomment>
        <translation>Cơ quan thực thi pháp luật</translation>
    </message>
    <message>
        <source>Legal case workers</source>
        <extracomment>Label in the bundled catalogue of the audience legal-case-workers</extracomment>
        <translation>Cán bộ hỗ trợ pháp lý</translation>
    </message>
    <message>
        <source>Legal practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience legal-practitioners</extracomment>
        <translation>Người hành nghề luật</translation>
    </message>
    <message>
        <source>Local authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience local-authority-staff</extracomment>
        <translation>Cán bộ chính quyền địa phương</translation>
    </message>
    <message>
        <source>Local government</source>
        <extracomment>Label in the bundled catalogue of the audience local-government</extracomment>
        <translation>Chính quyền địa phương</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Label in the bundled catalogue of the audience media</extracomment>
        <translation>Báo chí, truyền thông</translation>
    </message>
    <message>
        <source>Mental health clinicians</source>
        <extracomment>Label in the bundled catalogue of the audience mental-health-clinicians</extracomment>
        <translation>Chuyên gia sức khoẻ tâm thần</translation>
    </message>
    <message>
        <source>Multidisciplinary teams</source>
        <extracomment>Label in the bundled catalogue of the audience multi-disciplinary-teams</extracomment>
        <translation>Nhóm liên ngành</translation>
    </message>
    <message>
        <source>NGO staff</source>
        <extracomment>Label in the bundled catalogue of the audience ngo-staff</extracomment>
        <translation>Nhân viên tổ chức phi chính phủ</translation>
    </message>
    <message>
        <source>Non-state actors supporting governments</source>
        <extracomment>Label in the bundled catalogue of the audience non-state-actors-supporting-governments</extracomment>
        <translation>Tổ chức ngoài nhà nước hỗ trợ chính phủ</translation>
    </message>
    <message>
        <source>National referral mechanism (NRM) stakeholders</source>
        <extracomment>Label in the bundled catalogue of the audience nrm-stakeholders</extracomment>
        <translation>Các bên trong cơ chế chuyển gửi quốc gia (NRM)</translation>
    </message>
    <message>
        <source>Paediatricians</source>
        <extracomment>Label in the bundled catalogue of the audience paediatricians</extracomment>
        <translation>Bác sĩ nhi khoa</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <extracomment>Label in the bundled catalogue of the audience partner-agencies</extracomment>
        <translation>Cơ quan đối tác</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Label in the bundled catalogue of the audience police</extracomment>
        <translation>Công an, cảnh sát</translation>
    </message>
    <message>
        <source>Police first responders</source>
        <extracomment>Label in the bundled catalogue of the audience police-first-responders</extracomment>
        <translation>Công an ứng phó ban đầu</translation>
    </message>
    <message>
        <source>Police investigators</source>
        <extracomment>Label in the bundled catalogue of the audience police-investigators</extracomment>
        <translation>Điều tra viên công an</translation>
    </message>
    <message>
        <source>Policymakers</source>
        <extracomment>Label in the bundled catalogue of the audience policymakers</extracomment>
        <translation>Nhà hoạch định chính sách</translation>
    </message>
    <message>
        <source>Port authorities</source>
        <extracomment>Label in the bundled catalogue of the audience port-authorities</extracomment>
        <translation>Cơ quan quản lý cảng</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience practitioners</extracomment>
        <translation>Người làm công tác thực tiễn</translation>
    </message>
    <message>
        <source>Probation officers</source>
        <extracomment>Label in the bundled catalogue of the audience probation-officers</extracomment>
        <translation>Cán bộ giám sát thử thách</translation>
    </message>
    <message>
        <source>Project staff</source>
        <extracomment>Label in the bundled catalogue of the audience project-staff</extracomment>
        <translation>Nhân viên dự án</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <extracomment>Label in the bundled catalogue of the audience prosecutors</extracomment>
        <translation>Kiểm sát viên</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <extracomment>Label in the bundled catalogue of the audience public-authorities</extracomment>
        <translation>Cơ quan công quyền</translation>
    </message>
    <message>
        <source>Public health workers</source>
        <extracomment>Label in the bundled catalogue of the audience public-health-workers</extracomment>
        <translation>Nhân viên y tế công cộng</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <extracomment>Label in the bundled catalogue of the audience reception-staff</extracomment>
        <translation>Nhân viên tiếp nhận</translation>
    </message>
    <message>
        <source>Recruitment agencies</source>
        <extracomment>Label in the bundled catalogue of the audience recruitment-agencies</extracomment>
        <translation>Đơn vị tuyển dụng, môi giới</translation>
    </message>
    <message>
        <source>Red Cross and Red Crescent staff and volunteers</source>
        <extracomment>Label in the bundled catalogue of the audience red-cross-red-crescent-staff-and-volunteers</extracomment>
        <translation>Nhân viên và tình nguyện viên Chữ thập đỏ, Trăng lưỡi liềm đỏ</translation>
    </message>
    <message>
        <source>Researchers</source>
        <extracomment>Label in the bundled catalogue of the audience researchers</extracomment>
        <translation>Nhà nghiên cứu</translation>
    </message>
    <message>
        <source>Service providers</source>
        <extracomment>Label in the bundled catalogue of the audience service-providers</extracomment>
        <translation>Đơn vị cung cấp dịch vụ</translation>
    </message>
    <message>
        <source>Social affairs officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-affairs-officials</extracomment>
        <translation>Cán bộ phụ trách các vấn đề xã hội</translation>
    </message>
    <message>
        <source>Social auditors</source>
        <extracomment>Label in the bundled catalogue of the audience social-auditors</extracomment>
        <translation>Kiểm toán viên xã hội</translation>
    </message>
    <message>
        <source>Social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience social-service-providers</extracomment>
        <translation>Đơn vị cung cấp dịch vụ xã hội</translation>
    </message>
    <message>
        <source>Social welfare officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-welfare-officials</extracomment>
        <translation>Cán bộ phúc lợi xã hội</translation>
    </message>
    <message>
        <source>Social workers</source>
        <extracomment>Label in the bundled catalogue of the audience social-workers</extracomment>
        <translation>Nhân viên công tác xã hội</translation>
    </message>
    <message>
        <source>Software developers</source>
        <extracomment>Label in the bundled catalogue of the audience software-developers</extracomment>
        <translation>Nhà phát triển phần mềm</translation>
    </message>
    <message>
        <source>Stakeholders in the fishing sector</source>
        <extracomment>Label in the bundled catalogue of the audience stakeholders-in-fishing-sector</extracomment>
        <translation>Các bên liên quan trong ngành khai thác thuỷ sản</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Label in the bundled catalogue of the audience states</extracomment>
        <translation>Các quốc gia</translation>
    </message>
    <message>
        <source>Statistical offices</source>
        <extracomment>Label in the bundled catalogue of the audience statistical-offices</extracomment>
        <translation>Cơ quan thống kê</translation>
    </message>
    <message>
        <source>Support providers</source>
        <extracomment>Label in the bundled catalogue of the audience support-providers</extracomment>
        <translation>Đơn vị hỗ trợ</translation>
    </message>
    <message>
        <source>Tool developers</source>
        <extracomment>Label in the bundled catalogue of the audience tool-developers</extracomment>
        <translation>Người phát triển công cụ</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <extracomment>Label in the bundled catalogue of the audience trade-unions</extracomment>
        <translation>Công đoàn</translation>
    </message>
    <message>
        <source>Trainers</source>
        <extracomment>Label in the bundled catalogue of the audience trainers</extracomment>
        <translation>Tập huấn viên</translation>
    </message>
    <message>
        <source>USAID staff</source>
        <extracomment>Label in the bundled catalogue of the audience usaid-staff</extracomment>
        <translation>Nhân viên USAID</translation>
    </message>
    <message>
        <source>Victim service providers</source>
        <extracomment>Label in the bundled catalogue of the audience victim-service-providers</extracomment>
        <translation>Đơn vị cung cấp dịch vụ cho nạn nhân</translation>
    </message>
    <message>
        <source>Village officials</source>
        <extracomment>Label in the bundled catalogue of the audience village-officials</extracomment>
        <translation>Cán bộ thôn, bản</translation>
    </message>
    <message>
        <source>Village police</source>
        <extracomment>Label in the bundled catalogue of the audience village-police</extracomment>
        <translation>Công an thôn, bản</translation>
    </message>
    <message>
        <source>Workers&apos; and employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-and-employers-organisations</extracomment>
        <translation>Tổ chức của người lao động và người sử dụng lao động</translation>
    </message>
    <message>
        <source>Workers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-organisations</extracomment>
        <translation>Tổ chức của người lao động</translation>
    </message>
    <message>
        <source>Youth services</source>
        <extracomment>Label in the bundled catalogue of the audience youth-services</extracomment>
        <translation>Dịch vụ cho thanh thiếu niên</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation>Có gì thay đổi</translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation>Đây là danh mục đầu tiên được cài trên máy này: chưa có gì để so sánh.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>phiên bản {version}</translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation>danh mục trước đó</translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation>Từ {start} lên &lt;b&gt;phiên bản {version}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>Không có tài liệu nào thay đổi.</translation>
    </message>
    <message>
        <source>New resources</source>
        <translation>Tài liệu mới</translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation>Tài liệu đã thay đổi (ấn bản mới)</translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation>Đã gỡ khỏi danh mục</translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation>Dấu trang và ghi chú của bạn</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Hiện hành</translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation>Không có dấu trang hay ghi chú nào của bạn bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation>Tìm kiếm đã lưu có kết quả mới</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} mới</translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation>Không có tìm kiếm đã lưu nào có kết quả mới.</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation>RefDesk — có gì thay đổi</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Có gì thay đổi</translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation>Những gì lần cập nhật danh mục gần nhất đã thay đổi, và ảnh hưởng đến dấu trang của bạn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation>Danh sách tài liệu; Tab để chuyển giữa các liên kết và Enter để mở</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>Đóng danh sách này</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation>Hãy chọn một tài liệu trước; sau đó Alt+5 sẽ chuyển đến ghi chú của bạn về tài liệu đó.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>hệ thống</translation>
    </message>
    <message>
        <source>light</source>
        <translation>sáng</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>tối</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Giao diện: {theme}</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>Cỡ chữ: {size} pt</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>tuỳ chọn</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>đối số vị trí</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện thông báo trợ giúp này rồi thoát</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>đối số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một đối số</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>chỉ được tối đa một đối số</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một đối số</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>cần %s đối số</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>cần %s đối số</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các đối số bắt buộc sau: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>không nhận ra các đối số: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tuỳ chọn không rõ ràng: %(option)s có thể khớp với %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các đối số %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng với đối số %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>đã bỏ qua đối số được ghi rõ %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>không mở được &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
