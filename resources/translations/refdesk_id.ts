<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<!-- NOT YET REVIEWED by a native speaker. Bahasa Indonesia drafted during development (machine-assisted, not by a native speaker); a native-speaking reviewer should check every message (see docs/translating.md) and then delete this line. -->
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>Pindahkan kursor ke kotak pencarian</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>&amp;Kosongkan pencarian</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>Kosongkan kotak pencarian</translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation>Pakai ejaan yang &amp;disarankan</translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation>Cari kata-kata dari “Maksud Anda”</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Hapus &amp;filter</translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation>Hapus semua filter dan rentang tahun</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>Urutkan menurut &amp;relevansi</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>Yang paling cocok lebih dulu</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>Urutkan dari yang &amp;terbaru</translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation>Tahun terbaru lebih dulu</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>Urutkan menurut &amp;judul</translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation>Judul menurut abjad</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation>Pindah ke filter di sebelah kiri</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation>Pindah ke daftar hasil</translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation>&amp;Detail dokumen</translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation>Pindah ke dokumen terpilih di sebelah kanan</translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation>&amp;Panel penanda</translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation>Pindah ke penanda, koleksi, yang terakhir dilihat, dan pencarian tersimpan</translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation>&amp;Catatan saya</translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation>Pindah ke catatan Anda untuk dokumen terpilih</translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation>&amp;Tandai dokumen ini</translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation>Tandai dokumen terpilih, atau hapus penandanya</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>Masukkan ke &amp;koleksi…</translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation>Masukkan dokumen terpilih ke koleksi, atau keluarkan dari koleksi</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation>K&amp;onfirmasi edisi baru</translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation>Konfirmasi bahwa Anda sudah melihat dokumen yang berubah: penanda dan catatannya pindah ke edisi baru</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>Koleksi &amp;baru…</translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation>Buat koleksi kosong</translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation>&amp;Simpan pencarian ini</translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation>Simpan kata dan filter; setiap kali ada pembaruan, ditampilkan berapa hasil yang baru</translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation>Tampilkan/sembunyikan &amp;panel samping</translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation>Penanda, koleksi, dokumen yang terakhir dilihat, dan pencarian tersimpan di sebelah kiri</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Buka dokumen</translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation>Buka berkas dokumen terpilih di halaman yang paling cocok</translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation>&amp;Kembali ke hasil</translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation>Tutup dokumen dan kembali ke hasil</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>&amp;Cari di dokumen</translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation>Cari di dokumen yang terbuka; beberapa kata disorot masing-masing</translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation>&amp;Temuan berikutnya</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>Ke kata sorotan berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation>Temuan s&amp;ebelumnya</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>Ke kata sorotan sebelumnya</translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation>&amp;Halaman berikutnya</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>Tampilkan halaman berikutnya</translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation>Halaman sebe&amp;lumnya</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>Tampilkan halaman sebelumnya</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>Ke halaman…</translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation>Ketik nomor halaman</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>Perbesar tampilan halaman</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Pe&amp;rkecil</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>Perkecil tampilan halaman</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Sesuai lebar</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Sesuaikan halaman dengan lebar jendela</translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation>Salin &amp;alamat web dokumen</translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation>Salin URL resminya; RefDesk tidak pernah membukanya sendiri</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Teks lebih &amp;besar</translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation>Perbesar ukuran teks (diingat)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation>Perkecil ukuran teks (diingat)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Ukuran teks &amp;normal</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation>Pakai ukuran teks sistem</translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation>Ikuti tema &amp;sistem</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>Terang atau gelap sesuai pengaturan sistem</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>Tema &amp;terang</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Teks gelap di latar terang</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;gelap</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Teks terang di latar gelap</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>&amp;Ubah tema</translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation>Sistem, lalu terang, lalu gelap</translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation>&amp;Periksa pembaruan…</translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation>Tanyakan ke sumber pembaruan apakah ada katalog yang lebih baru; ukurannya ditampilkan sebelum diunduh</translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation>&amp;Impor pembaruan dari berkas…</translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation>Pasang paket pembaruan .zip, misalnya dari flashdisk USB</translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation>Impor pembaruan dari &amp;folder…</translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation>Pasang pembaruan dari folder repositori</translation>
    </message>
    <message>
        <source>&amp;Export update bundle…</source>
        <translation>&amp;Ekspor paket pembaruan…</translation>
    </message>
    <message>
        <source>Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick</source>
        <translation>Simpan katalog yang terpasang sebagai .zip bertanda tangan untuk laptop lain, misalnya di flashdisk USB</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Apa yang berubah</translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation>Apa yang diubah oleh pembaruan terakhir, termasuk untuk penanda dan pencarian tersimpan Anda</translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation>Pen&amp;gaturan pembaruan…</translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation>Sumber pembaruan, proxy, dan pemeriksaan otomatis saat mulai</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>Log &amp;jaringan</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation>Semua permintaan yang dikirim RefDesk lewat jaringan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Daftar ini</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>Tutup RefDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation>↓ atau Enter di kotak pencarian</translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation>Pindah ke hasil pertama</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation>↑ ↓, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation>Telusuri hasil; detailnya ikut berganti</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation>Buka dokumen di halaman yang paling cocok</translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation>↑ di hasil pertama</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>Kembali ke kotak pencarian</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation>↑ ↓, → ←</translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation>Telusuri filter, buka atau tutup kelompok</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Space atau Enter</translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation>Centang atau hapus centang nilai filter</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Enter</translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation>Pindah antartautan pada dokumen dan buka salah satunya</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation>Enter atau klik</translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation>Buka dokumen, atau jalankan pencarian tersimpan dan tandai sudah dilihat</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>Ubah nama koleksi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation>Hapus penanda, keluarkan dari koleksi, atau hapus koleksi atau pencarian tersimpan</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Tombol Menu atau Shift+F10</translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation>Lainnya: konfirmasi edisi baru, buka edisi penggantinya</translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation>Tab dari tombol</translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation>Masuk ke catatan Anda; tersimpan otomatis saat Anda mengetik</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen terbuka</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation>Enter / Shift+Enter di kotak cari dokumen</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Temuan berikutnya / sebelumnya</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Pindah antarbagian jendela</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Pindah</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>P&amp;enanda</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Pembar&amp;uan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>menu only</source>
        <translation>hanya lewat menu</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation>{area}: {does}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;refdesk --help&apos;)</source>
        <translation>{message} (lihat &apos;refdesk --help&apos;)</translation>
    </message>
    <message>
        <source>Offline reference desk for identifying and referring victims of trafficking.</source>
        <translation>Meja referensi offline untuk mengidentifikasi dan merujuk korban perdagangan orang.</translation>
    </message>
    <message>
        <source>where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)</source>
        <translation>tempat RefDesk menyimpan datanya (bawaan: $REFDESK_HOME, jika tidak ada: folder data pengguna)</translation>
    </message>
    <message>
        <source>show RefDesk&apos;s version and exit</source>
        <translation>tampilkan versi RefDesk lalu keluar</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>buka jendela desktop (bawaan)</translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>cari di katalog dan di setiap halaman dokumennya</translation>
    </message>
    <message>
        <source>one resource with all its fields and documents</source>
        <translation>satu dokumen dengan semua keterangan dan berkasnya</translation>
    </message>
    <message>
        <source>open a resource&apos;s document in the app&apos;s viewer</source>
        <translation>buka berkas dokumen di penampil aplikasi</translation>
    </message>
    <message>
        <source>the page to open at (1 is the first)</source>
        <translation>halaman yang dibuka (1 adalah halaman pertama)</translation>
    </message>
    <message>
        <source>app version, data dir and installed catalogue</source>
        <translation>versi aplikasi, folder data, dan katalog yang terpasang</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; bukan bilangan bulat</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>harus 0 atau lebih</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>harus 1 atau lebih</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); details are in {log_file}.</source>
        <translation>Terjadi kesalahan tak terduga ({error}); detailnya ada di {log_file}.</translation>
    </message>
    <message>
        <source>The desktop window cannot start here ({reason}); the command line still works.</source>
        <translation>Jendela desktop tidak dapat dijalankan di sini ({reason}); baris perintah tetap bisa dipakai.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no document stored in RefDesk; &apos;refdesk show {id}&apos; gives its web address.</source>
        <translation>&apos;{id}&apos; tidak punya berkas dokumen yang tersimpan di RefDesk; &apos;refdesk show {id}&apos; menampilkan alamat webnya.</translation>
    </message>
    <message numerus="yes">
        <source>--page {page} is past the end: the document has %n page(s)</source>
        <translation>
            <numerusform>--page {page} melewati akhir dokumen: dokumen ini hanya punya %n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>belum ada yang terpasang</translation>
    </message>
    <message>
        <source>{title} ({id}), version {version}, published {published}</source>
        <translation>{title} ({id}), versi {version}, terbit {published}</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n dokumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for: {query}</source>
        <translation>Menampilkan hasil untuk: {query}</translation>
    </message>
    <message>
        <source>No results for &apos;{query}&apos;. Try fewer or different words.</source>
        <translation>Tidak ada hasil untuk &apos;{query}&apos;. Coba kata yang lebih sedikit atau kata lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>%n hasil ({first}-{last}), {took} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>halaman {page}</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>Penerbit:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>Sasaran:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Kawasan:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Tautan:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisensi:</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>Menggantikan:</translation>
    </message>
    <message>
        <source>Superseded by:</source>
        <translation>Digantikan oleh:</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>Terjemahan:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Berkas:</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>bring the catalogue up to date from signed releases</source>
        <translation>perbarui katalog dari rilis bertanda tangan</translation>
    </message>
    <message>
        <source>https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)</source>
        <translation>alamat https://, folder, atau paket .zip; ulangi untuk mirror (bawaan: sumber yang tersimpan)</translation>
    </message>
    <message>
        <source>the publisher&apos;s root of trust</source>
        <translation>akar kepercayaan (root of trust) penerbit</translation>
    </message>
    <message>
        <source>report what would be downloaded; change nothing</source>
        <translation>laporkan apa yang akan diunduh; jangan ubah apa pun</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>--trust {path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>add or remove a bookmark</source>
        <translation>tambah atau hapus penanda</translation>
    </message>
    <message>
        <source>bookmark a resource</source>
        <translation>tandai sebuah dokumen</translation>
    </message>
    <message>
        <source>remove a bookmark (its note stays)</source>
        <translation>hapus penanda (catatannya tetap ada)</translation>
    </message>
    <message>
        <source>list bookmarks with their status</source>
        <translation>tampilkan daftar penanda beserta statusnya</translation>
    </message>
    <message>
        <source>set the note on a resource (&quot;&quot; clears it)</source>
        <translation>isi catatan untuk sebuah dokumen (&quot;&quot; mengosongkannya)</translation>
    </message>
    <message>
        <source>export or import bookmarks, notes, collections</source>
        <translation>ekspor atau impor penanda, catatan, koleksi</translation>
    </message>
    <message>
        <source>write a portable JSON file</source>
        <translation>tulis berkas JSON yang bisa dibawa ke laptop lain</translation>
    </message>
    <message>
        <source>merge a file exported on another laptop</source>
        <translation>gabungkan berkas yang diekspor di laptop lain</translation>
    </message>
    <message>
        <source>Bookmarked {id}.</source>
        <translation>{id} ditandai.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked.</source>
        <translation>&apos;{id}&apos; tidak ditandai.</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}.</source>
        <translation>Penanda pada {id} dihapus.</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: refdesk bookmark add ID</source>
        <translation>Belum ada penanda. Tambahkan dengan: refdesk bookmark add ID</translation>
    </message>
    <message>
        <source>(superseded by {id})</source>
        <translation>(digantikan oleh {id})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>catatan: {note}</translation>
    </message>
    <message>
        <source>Note cleared.</source>
        <translation>Catatan dikosongkan.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Catatan disimpan.</translation>
    </message>
    <message>
        <source>Exported to {file}: {counts}</source>
        <translation>Diekspor ke {file}: {counts}</translation>
    </message>
    <message>
        <source>Imported from {file}, new: {counts}</source>
        <translation>Diimpor dari {file}, baru: {counts}</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>bookmark status</comment>
        <translation>berubah</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>bookmark status</comment>
        <translation>digantikan</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>bookmark status</comment>
        <translation>ditarik</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n penanda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collections</source>
        <translation>
            <numerusform>%n koleksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection items</source>
        <translation>
            <numerusform>%n item koleksi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent</source>
        <comment>resources opened recently</comment>
        <translation>
            <numerusform>%n terakhir dilihat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>%n pencarian tersimpan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation>Halaman dokumen</translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation>Halaman-halaman PDF; kata yang dicari disorot</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Teks dokumen</translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation>Teks dokumen; kata yang dicari disorot</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← Hasil</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Kembali ke hasil</translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation>Tutup dokumen dan kembali ke hasil (Esc)</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Judul dokumen</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Cari di dokumen</translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation>Kata yang akan disorot di dokumen; tiap kata terpisah, pakai tanda kutip untuk frasa. Enter ke temuan berikutnya, Shift+Enter ke temuan sebelumnya.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Temuan sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Temuan berikutnya (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Halaman sebelumnya (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Nomor halaman</translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation>Halaman yang ditampilkan; ketik nomor lalu tekan Enter untuk ke halaman itu (Ctrl+L)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Jumlah halaman</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Halaman berikutnya (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation>Perkecil (Ctrl+Alt+Minus)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation>Perbesar (Ctrl+Alt+Plus)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Temuan sebelumnya</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Temuan berikutnya</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuai lebar</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation>Sesuaikan halaman dengan lebar jendela (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} dari {total}</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} temuan</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>dari {count}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RefDesk — something went wrong</source>
        <translation>RefDesk — terjadi kesalahan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation>Terjadi kesalahan tak terduga; detailnya ada di {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation>&lt;b&gt;Terjadi kesalahan tak terduga. Anda tetap bisa melanjutkan pekerjaan.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk mencatat detailnya ({kind}) di berkas log:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;Jika terjadi lagi, kirim berkas itu kepada pihak yang membantu Anda mengurus RefDesk.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Pesan kesalahan</translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation>Salin lokasi log</translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation>Salin lokasi berkas log ke papan klip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Tutup pesan ini</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The search index in {folder} cannot be opened ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>Indeks pencarian di {folder} tidak dapat dibuka ({reason}); pasang ulang katalog dengan &apos;refdesk update&apos;.</translation>
    </message>
    <message>
        <source>No catalogue is installed to apply an update to.</source>
        <translation>Belum ada katalog yang terpasang untuk diperbarui.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space and try again. The installed catalogue was not changed.</source>
        <translation>Disk tempat {folder} berada sudah penuh; kosongkan sebagian ruang lalu coba lagi. Katalog yang terpasang tidak diubah.</translation>
    </message>
    <message>
        <source>The new catalogue holds {resources} resources and {documents} documents, expected {expected_resources} and {expected_documents}; it was not installed.</source>
        <translation>Katalog baru berisi {resources} dokumen dan {documents} berkas, padahal seharusnya {expected_resources} dan {expected_documents}; katalog tidak dipasang.</translation>
    </message>
    <message>
        <source>The new catalogue is not the version it should be; it was not installed.</source>
        <translation>Katalog baru bukan versi yang seharusnya; katalog tidak dipasang.</translation>
    </message>
    <message>
        <source>The updated catalogue does not match what the publisher signed; it was not installed.</source>
        <translation>Katalog yang diperbarui tidak sesuai dengan yang ditandatangani penerbit; katalog tidak dipasang.</translation>
    </message>
    <message>
        <source>The new search index is incomplete; it was not installed.</source>
        <translation>Indeks pencarian yang baru tidak lengkap; indeks tidak dipasang.</translation>
    </message>
    <message>
        <source>The release&apos;s {what} cannot be read ({reason}); nothing was applied.</source>
        <translation>{what} dari rilis ini tidak dapat dibaca ({reason}); tidak ada yang diterapkan.</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a catalogue file; nothing was applied.</source>
        <translation>{what} dari rilis ini bukan berkas katalog; tidak ada yang diterapkan.</translation>
    </message>
    <message>
        <source>catalogue snapshot</source>
        <translation>Snapshot katalog</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue snapshot is malformed ({reason}).</source>
        <translation>Snapshot katalog dari rilis ini rusak ({reason}).</translation>
    </message>
    <message>
        <source>catalogue delta</source>
        <translation>Delta katalog</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue delta is malformed ({reason}).</source>
        <translation>Delta katalog dari rilis ini rusak ({reason}).</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a {format} file; nothing was applied.</source>
        <translation>{what} dari rilis ini bukan berkas {format}; tidak ada yang diterapkan.</translation>
    </message>
    <message>
        <source>The release&apos;s {what} needs a newer RefDesk; install the newer version of the app.</source>
        <translation>{what} dari rilis ini memerlukan RefDesk yang lebih baru; pasang versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from this installation ({folder}); reinstall RefDesk.</source>
        <translation>Katalog bawaan tidak ada di instalasi ini ({folder}); pasang ulang RefDesk.</translation>
    </message>
    <message>
        <source>No catalogue is installed yet; run &apos;refdesk update&apos; or start the app once.</source>
        <translation>Belum ada katalog yang terpasang; jalankan &apos;refdesk update&apos; atau buka aplikasinya sekali.</translation>
    </message>
    <message>
        <source>No resource with id &apos;{id}&apos; in the installed catalogue.</source>
        <translation>Tidak ada dokumen dengan ID &apos;{id}&apos; di katalog yang terpasang.</translation>
    </message>
    <message>
        <source>The document {document}… is missing from {folder}; run &apos;refdesk update&apos; to restore it.</source>
        <translation>Berkas dokumen {document}… tidak ada di {folder}; jalankan &apos;refdesk update&apos; untuk memulihkannya.</translation>
    </message>
    <message>
        <source>The catalogue database {path} is missing; run &apos;refdesk update&apos; to reinstall it.</source>
        <translation>Basis data katalog {path} tidak ada; jalankan &apos;refdesk update&apos; untuk memasangnya ulang.</translation>
    </message>
    <message>
        <source>The catalogue database {path} cannot be read ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>Basis data katalog {path} tidak dapat dibaca ({reason}); pasang ulang katalog dengan &apos;refdesk update&apos;.</translation>
    </message>
    <message>
        <source>The catalogue database {path} is incomplete; reinstall the catalogue.</source>
        <translation>Basis data katalog {path} tidak lengkap; pasang ulang katalog.</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer RefDesk; install the newer version of the app.</source>
        <translation>Katalog ini ditulis oleh RefDesk yang lebih baru; pasang versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <source>The catalogue database {path} is damaged ({reason}); reinstall the catalogue.</source>
        <translation>Basis data katalog {path} rusak ({reason}); pasang ulang katalog.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path} names a generation that does not exist; delete that file and run &apos;refdesk update&apos; to reinstall the catalogue.</source>
        <translation>{path} menyebut generasi yang tidak ada; hapus berkas itu lalu jalankan &apos;refdesk update&apos; untuk memasang ulang katalog.</translation>
    </message>
    <message>
        <source>Another RefDesk process is updating {folder}; try again when it finishes.</source>
        <translation>Proses RefDesk lain sedang memperbarui {folder}; coba lagi setelah proses itu selesai.</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <translation>{name}, {count} dokumen</translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation>{name}, {count} dokumen</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>, dipilih</translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation>Filter {title}, {count} nilai</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} dipilih</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation>Hapus semua filter yang dicentang dan rentang tahun</translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation>Filter kategori</translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation>Kelompok filter beserta jumlah dokumen yang cocok. Space atau Enter mencentang nilai; nilai yang dicentang dalam satu kelompok digabung dengan OR (salah satu), antarkelompok dengan AND (semuanya).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Dari tahun</translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation>Hanya dokumen yang terbit pada tahun ini atau sesudahnya</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Sampai tahun</translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation>Hanya dokumen yang terbit pada tahun ini atau sebelumnya</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>What a screen reader says for the dash between the two year boxes (&quot;2005 to 2020&quot;).</extracomment>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation>Tahun dalam hasil ini</translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation>Hasil dari {years}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation>RefDesk — pintasan keyboard</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation>Semua perintah RefDesk dan tombol untuk menjalankannya</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>Daftar pintasan</translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation>Tabel perintah dan tombolnya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Tutup daftar pintasan</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation>“{title}” tidak punya berkas dokumen yang tersimpan di RefDesk; alamat webnya ada di bagian detail.</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <translation>Pilih dokumen dulu, lalu tekan Ctrl+D untuk menandainya.</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Ditandai.</translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation>Penanda dihapus; catatan Anda, jika ada, tetap disimpan.</translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation>Konfirmasi hanya diperlukan untuk penanda atau catatan pada dokumen yang punya edisi baru.</translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation>Dikonfirmasi: penanda dan catatan kini mengikuti edisi baru.</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>Dimasukkan ke “{name}”.</translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation>Dikeluarkan dari “{name}”.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nama koleksi baru:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Ubah nama koleksi</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nama baru untuk “{name}”:</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation>Koleksi “{name}” dihapus; penandanya tetap ada.</translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation>Pencarian “{name}” disimpan; setiap kali ada pembaruan, akan ditampilkan apa yang baru untuknya.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <extracomment>The submenu of View that chooses the window&apos;s language. Its accelerator letter must differ from those of the other View entries (Larger text, Smaller text, Normal size, the themes).</extracomment>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>The language of the operating system when RefDesk speaks it, else English</source>
        <translation>Bahasa sistem operasi jika RefDesk mendukungnya; jika tidak, bahasa Inggris</translation>
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
        <translation>Cari dan baca katalog referensi secara offline</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Membuka katalog…</translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation>Katalog sudah terpasang dan siap dipakai.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation>Katalog tidak dapat dibuka.

{reason}</translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation>Menyiapkan katalog untuk pemakaian pertama (hanya sekali): {step}…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation>Tidak ada yang cocok. Coba kata yang lebih sedikit atau kata lain, periksa ejaannya, atau hapus filter.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Pencarian gagal</translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation>RefDesk tidak membuka halaman web; alamatnya adalah {url}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Pakai nama ini</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>Tutup tanpa mengubah</translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation>RefDesk — log jaringan</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>Log jaringan</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation>Semua permintaan yang dikirim RefDesk lewat jaringan, terbaru di atas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation>Satu baris per permintaan: waktu, metode, alamat, status, byte yang diterima</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Baca ulang log</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>Tutup log jaringan</translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation>RefDesk belum pernah mengirim permintaan apa pun dari laptop ini: RefDesk bekerja secara offline dan hanya tersambung ke internet untuk memeriksa pembaruan jika Anda memintanya.</translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} permintaan, {size} diterima: semua permintaan yang dibuat RefDesk, seluruhnya untuk memeriksa dan mengunduh pembaruan. Pencarian, penanda, dan catatan tidak pernah keluar dari laptop ini.</translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} permintaan, {size} diterima: semua permintaan yang dibuat RefDesk, seluruhnya untuk memeriksa dan mengunduh pembaruan. Pencarian, penanda, dan catatan tidak pernah keluar dari laptop ini.</translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation>Catatan Anda tentang dokumen ini: siapa yang menanggapi, apa yang berhasil… Tersimpan otomatis saat Anda mengetik, hanya di laptop ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catatan saya&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Catatan tersimpan</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Catatan saya</translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation>Catatan pribadi Anda tentang dokumen ini, tersimpan otomatis saat mengetik dan tetap ada setelah pembaruan katalog (Alt+4)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation>Catatan: {state}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>tools for catalogue publishers</source>
        <translation>alat untuk penerbit katalog</translation>
    </message>
    <message>
        <source>validate a catalogue source folder</source>
        <translation>periksa folder sumber katalog</translation>
    </message>
    <message>
        <source>new publisher keys and KEYDIR/root.json (the trust file)</source>
        <translation>kunci penerbit baru dan KEYDIR/root.json (berkas kepercayaan)</translation>
    </message>
    <message>
        <source>add a new signed release to a static repository</source>
        <translation>tambahkan rilis bertanda tangan baru ke repositori statis</translation>
    </message>
    <message>
        <source>an offline update bundle (.zip) for USB sticks</source>
        <translation>paket pembaruan offline (.zip) untuk flashdisk USB</translation>
    </message>
    <message>
        <source>re-sign the bundle&apos;s timestamp to last 45 days (without: the repository&apos;s own expiry)</source>
        <translation>tanda tangani ulang stempel waktu paket agar berlaku 45 hari (tanpa opsi ini: masa berlaku repositori itu sendiri)</translation>
    </message>
    <message>
        <source>New publisher keys in {keydir} (keep them secret and backed up).
Ship {root} with the app, or give it to &apos;refdesk update --trust&apos;.</source>
        <translation>Kunci penerbit baru ada di {keydir} (rahasiakan dan buat cadangannya).
Sertakan {root} bersama aplikasi, atau berikan ke &apos;refdesk update --trust&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>from {version}: %n bytes</source>
        <translation>
            <numerusform>dari {version}: %n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {catalogue} version {version} to {repo}: {resources}, {documents}; snapshot {snapshot}; deltas {deltas}.</source>
        <translation>{catalogue} versi {version} diterbitkan ke {repo}: {resources}, {documents}; snapshot {snapshot}; delta {deltas}.</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n dokumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n berkas</numerusform>
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
        <translation>tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n bytes); it can be used until {expires} UTC.</source>
        <translation>
            <numerusform>{out} ditulis (%n byte); dapat dipakai sampai {expires} UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing; give the folder made by &apos;refdesk publish keys&apos;.</source>
        <translation>{path} tidak ada; berikan folder yang dibuat oleh &apos;refdesk publish keys&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a private key ({reason}).</source>
        <translation>{path} bukan kunci privat ({reason}).</translation>
    </message>
    <message>
        <source>{path} already exists; keys are never overwritten. Choose an empty folder.</source>
        <translation>{path} sudah ada; kunci tidak pernah ditimpa. Pilih folder yang kosong.</translation>
    </message>
    <message>
        <source>{folder} already holds publisher keys; choose an empty folder.</source>
        <translation>{folder} sudah berisi kunci penerbit; pilih folder yang kosong.</translation>
    </message>
    <message>
        <source>Signing releases needs the &apos;cryptography&apos; package: pip install &apos;refdesk[publish]&apos;.</source>
        <translation>Menandatangani rilis memerlukan paket &apos;cryptography&apos;: pip install &apos;refdesk[publish]&apos;.</translation>
    </message>
    <message>
        <source>{path} is missing; {repo} is not a complete repository.</source>
        <translation>{path} tidak ada; {repo} bukan repositori yang lengkap.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{repo} is not a RefDesk repository (no metadata/1.root.json).</source>
        <translation>{repo} bukan repositori RefDesk (tidak ada metadata/1.root.json).</translation>
    </message>
    <message>
        <source>The {role} key in the key folder is not one this repository&apos;s root trusts; give the key folder this repository was created with.</source>
        <translation>Kunci {role} di folder kunci tidak dipercaya oleh root repositori ini; berikan folder kunci yang dipakai saat repositori ini dibuat.</translation>
    </message>
    <message>
        <source>{repo} has no release yet; run &apos;refdesk publish build&apos; first.</source>
        <translation>{repo} belum punya rilis; jalankan &apos;refdesk publish build&apos; terlebih dahulu.</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the update bundle; free some space or choose another drive.</source>
        <translation>Ruang di {folder} tidak cukup untuk paket pembaruan; kosongkan sebagian ruang atau pilih drive lain.</translation>
    </message>
    <message>
        <source>{repo} is a TUF repository without a RefDesk release.json.</source>
        <translation>{repo} adalah repositori TUF tanpa release.json RefDesk.</translation>
    </message>
    <message>
        <source>{repo}: the release.json in force is missing or damaged.</source>
        <translation>{repo}: release.json yang berlaku tidak ada atau rusak.</translation>
    </message>
    <message>
        <source>{repo} publishes the catalogue &apos;{published}&apos;, not &apos;{given}&apos;; use a separate repository for each catalogue.</source>
        <translation>{repo} menerbitkan katalog &apos;{published}&apos;, bukan &apos;{given}&apos;; gunakan repositori terpisah untuk setiap katalog.</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: nama berkas paket pembaruan harus berakhiran .zip.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ubah nama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan detail</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan detail</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mundur</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar lokasi dan penanda</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
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
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi tautan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation>Dokumen {name} tidak dapat dibaca.</translation>
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
        <translation>Teks</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Halaman web</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Detail dokumen</translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation>Semua keterangan dokumen terpilih: ringkasan, berkas, terjemahan, dan edisinya. Tab untuk pindah antartautan; Enter untuk membuka tautan.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Buka dokumen</translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation>Buka berkas dokumen di penampil RefDesk (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation>Salin alamat web</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation>Salin alamat web resmi dokumen ke papan klip (Ctrl+Shift+C); RefDesk tidak pernah membukanya</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Tandai</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation>Tandai dokumen ini, atau hapus penandanya (Ctrl+D); penanda tetap ada setelah pembaruan katalog</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Koleksi…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation>Masukkan dokumen ini ke koleksi, atau keluarkan dari koleksi (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation>Pilih salah satu hasil untuk melihat detailnya di sini.</translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation>Dokumen ini sudah ditarik dari katalog; hanya penanda dan catatan Anda yang disimpan. ID dokumen ini: &lt;code&gt;{id}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Ditandai</translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation>Koleksi untuk dokumen ini</translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation>Koleksi baru berisi dokumen ini…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>Tidak ada ringkasan.</translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation>Ada edisi yang lebih baru:</translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation>{id} (tidak ada di katalog ini)</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} halaman</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} halaman</translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation>paling cocok di halaman {page}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation>Tidak ada berkas dokumen yang tersimpan di katalog; lihat alamat web di bawah.</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation>Menggantikan (edisi lebih lama)</translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation>Digantikan oleh (edisi lebih baru)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation>Hanya ditampilkan, tidak dibuka: salin ke browser saat Anda online.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Tidak ada yang tercatat.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation>hlm. {page}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(tanpa ringkasan)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <translation>Paling cocok di halaman {page}.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation>Relevansi</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Terbaru dulu</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>Judul A–Z</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hasil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Urutkan</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Urutkan hasil menurut</translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation>Relevansi, terbaru dulu, atau judul</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation>Dokumen yang cocok, yang paling cocok di atas. Dokumen terpilih ditampilkan di kanan; Enter membuka berkasnya di halaman yang paling cocok.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation>Cari di judul, ringkasan, dan setiap halaman — mis. debt bondage fishing, &quot;recruitment fee&quot;, country:ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation>Ketik kata untuk mencari di katalog dan di seluruh teks dokumennya. Hasil berubah saat Anda mengetik. Tanda kutip mencari frasa; OR, NOT, kata* dan field:value juga bisa dipakai.</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Maksud Anda</translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation>Cari dengan ejaan yang disarankan (Alt+D)</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Jumlah hasil</translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation>Berapa dokumen yang cocok dengan pencarian dan filter</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} hasil</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} hasil</translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation>Maksud Anda: {words}?  (Alt+D)</translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation>Maksud Anda {words}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation>Panel penanda</translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation>Penanda, catatan, koleksi, dokumen yang terakhir dilihat, dan pencarian tersimpan Anda</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation>{count} baru</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation>Penanda dan catatan</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Terakhir dilihat</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation>Ctrl+D menandai dokumen yang sedang Anda baca</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation>Ctrl+Shift+N membuat koleksi baru</translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation>Dokumen yang Anda lihat akan tercantum di sini</translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation>Ctrl+S menyimpan pencarian yang Anda ketik</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Edisi baru</translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation>Ada edisi baru sejak Anda menyimpannya</translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation>Digantikan oleh {title}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation>Ditarik dari katalog — catatan Anda tetap disimpan</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation>Ditarik dari katalog</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation>Koleksi {name}, {count} dokumen</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation>Koleksi “{name}”: {count} dokumen. F2 untuk mengubah nama.</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation>Koleksi {name}, {count} dokumen</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation>Koleksi “{name}”: {count} dokumen. F2 untuk mengubah nama.</translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation>{title}, dilihat {date}</translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation>{title}, {count} item</translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation>, {count} hasil baru</translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation>ditandai, ada catatan</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>ada catatan</translation>
    </message>
    <message>
        <source>current</source>
        <translation>terkini</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation>Pencarian tersimpan {name}</translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation>, {count} hasil baru sejak pembaruan terakhir</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation>Cari “{query}”</translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation>{count} hasil baru sejak pembaruan katalog terakhir</translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation>Enter untuk menjalankannya.</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <translation>Penanda, koleksi, yang terakhir dilihat, dan pencarian tersimpan</translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation>Enter membuka dokumen atau menjalankan pencarian tersimpan; F2 mengubah nama koleksi; Delete menghapus penanda, koleksi, atau pencarian tersimpan; tombol Menu menampilkan tindakan lainnya.</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Koleksi baru…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation>Buat koleksi kosong (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ubah nama…</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Ubah nama koleksi</translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation>Ubah nama koleksi terpilih (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation>Hapus penanda, koleksi, atau pencarian tersimpan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation>Tindakan panel samping</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation>Jalankan pencarian ini</translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation>Konfirmasi edisi baru</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>Buka edisi baru</translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation>Hapus koleksi (penandanya tetap ada)</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Hapus pencarian tersimpan</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>Keluarkan dari koleksi ini</translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation>Hapus penanda (catatannya tetap ada)</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>{name}: not a PDF, Markdown, text or HTML document</source>
        <translation>{name}: bukan dokumen PDF, Markdown, teks, atau HTML</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({reason})</source>
        <translation>{name}: bukan PDF yang dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>not a folder; give the catalogue folder</source>
        <translation>bukan folder; berikan folder katalog</translation>
    </message>
    <message>
        <source>missing resources/ folder</source>
        <translation>folder resources/ tidak ada</translation>
    </message>
    <message>
        <source>missing catalogue.yaml (id, title, publisher)</source>
        <translation>catalogue.yaml tidak ada (id, title, publisher)</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>bukan teks UTF-8; simpan berkas sebagai UTF-8</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-64 of a-z, 0-9 and &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; harus terdiri atas 3-64 karakter a-z, 0-9, dan &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (ignored)</source>
        <translation>field &apos;{field}&apos; tidak dikenal (diabaikan)</translation>
    </message>
    <message>
        <source>labels must map topics/audiences to {slug: label}</source>
        <translation>labels harus memetakan topics/audiences ke {slug: label}</translation>
    </message>
    <message>
        <source>labels.{facet} must map slugs to labels</source>
        <translation>labels.{facet} harus memetakan slug ke label</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML tidak valid: {problem}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>field wajib &apos;{field}&apos; tidak ada</translation>
    </message>
    <message>
        <source>no front matter: start the file with &apos;---&apos;, the fields, &apos;---&apos;</source>
        <translation>tidak ada front matter: awali berkas dengan &apos;---&apos;, lalu field-nya, lalu &apos;---&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-100 of a-z, 0-9 and &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; harus terdiri atas 3-100 karakter a-z, 0-9, dan &apos;-&apos;, dan tidak boleh diawali &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown type &apos;{type}&apos;; use one of {choices}</source>
        <translation>nilai type &apos;{type}&apos; tidak dikenal; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (kept as an extra field)</source>
        <translation>field &apos;{field}&apos; tidak dikenal (disimpan sebagai field tambahan)</translation>
    </message>
    <message>
        <source>year must be a whole number such as 2020, not &apos;{year}&apos;</source>
        <translation>year harus berupa bilangan bulat seperti 2020, bukan &apos;{year}&apos;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)</source>
        <translation>&apos;{code}&apos; bukan kode negara ISO 3166-1 alpha-2 (mis. TH, VN)</translation>
    </message>
    <message>
        <source>unknown region &apos;{region}&apos;; use one of {choices}</source>
        <translation>nilai regions &apos;{region}&apos; tidak dikenal; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 639-1 (or 639-3) language code (e.g. en, th)</source>
        <translation>&apos;{code}&apos; bukan kode bahasa ISO 639-1 (atau 639-3) (mis. en, th)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {field} must be a lower-case slug such as &apos;debt-bondage&apos;</source>
        <translation>&apos;{value}&apos; di {field} harus berupa slug huruf kecil seperti &apos;debt-bondage&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;{stage}&apos;; use one of {choices}</source>
        <translation>nilai stage &apos;{stage}&apos; tidak dikenal; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>unknown identification &apos;{identification}&apos;; use one of {choices}</source>
        <translation>nilai identification &apos;{identification}&apos; tidak dikenal; gunakan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>no summary after the front matter</source>
        <translation>tidak ada ringkasan setelah front matter</translation>
    </message>
    <message>
        <source>documents must be a list of {path, language, title}</source>
        <translation>documents harus berupa daftar {path, language, title}</translation>
    </message>
    <message>
        <source>each document needs a &apos;path&apos; relative to documents/</source>
        <translation>setiap dokumen memerlukan &apos;path&apos; yang relatif terhadap documents/</translation>
    </message>
    <message>
        <source>document path &apos;{path}&apos; escapes documents/</source>
        <translation>path dokumen &apos;{path}&apos; keluar dari documents/</translation>
    </message>
    <message>
        <source>document &apos;documents/{path}&apos; does not exist</source>
        <translation>dokumen &apos;documents/{path}&apos; tidak ada</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos; is not PDF, Markdown, text or HTML</source>
        <translation>dokumen &apos;{path}&apos; bukan PDF, Markdown, teks, atau HTML</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos;: &apos;{language}&apos; is not a language code</source>
        <translation>dokumen &apos;{path}&apos;: &apos;{language}&apos; bukan kode bahasa</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also in {place})</source>
        <translation>id ganda &apos;{id}&apos; (juga ada di {place})</translation>
    </message>
    <message>
        <source>{field} names &apos;{id}&apos;, which is not a resource id in this catalogue</source>
        <translation>{field} menyebut &apos;{id}&apos;, yang bukan id dokumen di katalog ini</translation>
    </message>
    <message>
        <source>{field} must be a list such as [a, b]</source>
        <translation>{field} harus berupa daftar seperti [a, b]</translation>
    </message>
    <message>
        <source>expected key: value pairs</source>
        <translation>seharusnya berupa pasangan key: value</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation>
            <numerusform>%n kesalahan di {source}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: OK (%n warning(s)).</source>
        <translation>
            <numerusform>{source}: OK (%n peringatan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue source {root} has %n problem(s).</source>
        <translation>
            <numerusform>Sumber katalog {root} punya %n masalah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <translation>Status penanda Anda</translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation>Tindak lanjuti status</translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation>Konfirmasi edisi baru, atau buka edisi penggantinya</translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation>&lt;b&gt;Edisi baru.&lt;/b&gt; Dokumen ini berubah sejak Anda menandainya atau menulis catatan.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation>Konfirmasi bahwa Anda sudah melihat edisi baru (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation>&lt;b&gt;Digantikan oleh &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; Edisi yang lebih baru menggantikannya.</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>Buka edisi baru</translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation>edisi yang lebih baru</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>Tampilkan {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation>&lt;b&gt;Ditarik.&lt;/b&gt; Penerbit menghapus dokumen ini dari katalog; penanda, judul, dan catatan Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Tidak ada tindakan</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Tidak ada yang perlu dilakukan</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation>terbit hari ini</translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation>terbit kemarin</translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation>terbit {count} hari lalu</translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation>terbit {count} bulan lalu</translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation>terbit {count} tahun lalu</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} dokumen</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} dokumen</translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation>{title} · versi {version} · {age} · {resources}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation>Katalog yang terpasang, versi dan umurnya, serta apa yang sedang dikerjakan RefDesk</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation>Tampil saat RefDesk mencari atau menyiapkan katalog</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation>Judul, versi, dan umur katalog yang terpasang</translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation>Belum ada katalog yang terpasang</translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation>{title} oleh {publisher}, versi {version}, terbit {date}</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation>RefDesk — pembaruan katalog</translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation>Pembaruan katalog</translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation>Jumlah dokumen yang ditambah, diubah, dan dihapus baru diketahui setelah pembaruan diunduh.</translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation>Dokumen: {added} ditambah, {changed} diubah, {removed} dihapus.</translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation>{source} (dan mirror-nya)</translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation>Belum ada sumber pembaruan</translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation>Tambahkan alamat situs pembaruan penerbit, atau mirror-nya, di &lt;b&gt;Pengaturan pembaruan&lt;/b&gt; (Ctrl+,). Jika tidak ada koneksi, impor saja pembaruan dari berkas atau flashdisk USB (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Memeriksa pembaruan…</translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation>Menanyakan rilis bertanda tangan terbaru ke {where}.</translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation>Versi {version} sudah terpasang; diperiksa di {where}.</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>Katalog sudah versi terbaru</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>Versi {version} sudah terpasang.</translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} Terbaca {size}. &lt;b&gt;Apa yang berubah&lt;/b&gt; menampilkan daftarnya, beserta penanda dan pencarian tersimpan Anda yang terkait.</translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts} Terunduh {size}. &lt;b&gt;Apa yang berubah&lt;/b&gt; menampilkan daftarnya, beserta penanda dan pencarian tersimpan Anda yang terkait.</translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation>Diperbarui ke versi {version}</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation>{reason}&lt;br&gt;Katalog yang terpasang tidak diubah.</translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation>Pembaruan tidak berhasil</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>Pembaruan dibatalkan</translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation>Tidak ada yang diubah; katalog yang terpasang tetap dipakai.</translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation>Periksa apakah ada rilis katalog bertanda tangan yang lebih baru.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versi {version}</translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation>belum ada katalog</translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation>hanya perubahannya</translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>seluruh katalog</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>Yang terpasang: {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; perlu dibaca ({method}) dari {where}.&lt;br&gt;Penanda, catatan, dan koleksi Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>Yang terpasang: {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; perlu diunduh ({method}) dari {where}.&lt;br&gt;Penanda, catatan, dan koleksi Anda tetap disimpan.</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>Versi {version} tersedia</translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation>Dijeda: versi {version}</translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation>Memperbarui ke versi {version}…</translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation>Lanjutkan akan meneruskan unduhan dari titik berhentinya, meskipun RefDesk sempat ditutup.</translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation>Isi pembaruan katalog, unduhannya, dan kemajuannya</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>Status pembaruan</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Detail pembaruan</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Kemajuan pembaruan</translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation>Seberapa banyak pembaruan yang sudah diunduh, lalu apa yang sedang dipasang</translation>
    </message>
    <message>
        <source>Update step</source>
        <translation>Tahap pembaruan</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>Unduh dan pasang</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>Mulai pembaruan</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation>Hentikan unduhan dan simpan bagian yang sudah diterima</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation>Hentikan dan buang bagian yang sudah diunduh</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Apa yang berubah</translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation>Tampilkan daftar yang diubah oleh pembaruan ini</translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation>Sumber, proxy, pemeriksaan otomatis</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Impor dari berkas…</translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation>Pembaruan di flashdisk USB atau di folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation>Tutup jendela ini; pembaruan tetap berjalan</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Pasang</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Periksa pembaruan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation>Memeriksa rilis bertanda tangan…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation>Terbaca {done} dari {total}</translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation>Terunduh {done} dari {total}</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — dijeda</translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation>{step}… (tahap ini tidak bisa dijeda; Batal akan mempertahankan katalog lama)</translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation>{source}: hanya alamat https:// dan http://, folder, dan berkas .zip yang bisa dipakai.</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation>Proxy harus berbentuk seperti http://proxy.example:3128 (atau dikosongkan).</translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation>RefDesk — pengaturan pembaruan</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>Pengaturan pembaruan</translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation>Sumber pembaruan, proxy, dan pemeriksaan otomatis</translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation>RefDesk tersambung ke jaringan hanya untuk mengambil pembaruan katalog bertanda tangan dari sumber-sumber ini, dan hanya jika Anda memintanya, atau saat mulai jika Anda mengizinkannya di bawah.</translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation>Sumber pembaruan</translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation>Satu per baris, dicoba berurutan: alamat https:// (yang pertama penerbit, sisanya mirror), folder, atau paket .zip</translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation>&amp;Sumber (satu per baris):</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation>http://proxy.example:3128 — kosongkan untuk tersambung langsung</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation>Proxy http:// atau https:// untuk permintaan pembaruan; kosongkan jika tidak ada</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation>&amp;Periksa pembaruan saat RefDesk dimulai</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>Periksa pembaruan saat mulai</translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation>Hanya pada koneksi yang menurut sistem tidak berkuota; tidak pernah jika hal itu tidak diketahui</translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation>Tidak pernah pada koneksi berkuota, atau jika sistem tidak dapat memastikannya.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation>Log jaringan…</translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation>Semua permintaan yang dikirim RefDesk (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation>Periksa dan simpan pengaturan ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation>Impor paket pembaruan</translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation>Impor folder pembaruan</translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation>RefDesk — {title}</translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation>Paket pembaruan .zip atau folder repositori, misalnya di flashdisk USB</translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation>Paket pembaruan (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export an update bundle</source>
        <translation>Ekspor paket pembaruan</translation>
    </message>
    <message>
        <source>Where to save the .zip bundle, e.g. on a USB stick for other laptops</source>
        <translation>Tempat menyimpan paket .zip, misalnya di flashdisk USB untuk laptop lain</translation>
    </message>
    <message>
        <source>Exporting the catalogue to {file}…</source>
        <translation>Mengekspor katalog ke {file}…</translation>
    </message>
    <message>
        <source>Exporting the catalogue: {percent}%</source>
        <translation>Mengekspor katalog: {percent}%</translation>
    </message>
    <message>
        <source>Saved version {version} of “{title}” to {file} ({size}).

Other laptops install it with Updates › Import update from file…, until {date}; after that date they will refuse it, and a new bundle has to be exported after checking for updates online.</source>
        <translation>Versi {version} dari “{title}” disimpan ke {file} ({size}).

Laptop lain dapat memasangnya lewat Pembaruan › Impor pembaruan dari berkas… sampai {date}; setelah tanggal itu laptop lain akan menolaknya, dan paket baru harus diekspor setelah memeriksa pembaruan secara online.</translation>
    </message>
    <message>
        <source>Update bundle saved: {file}</source>
        <translation>Paket pembaruan disimpan: {file}</translation>
    </message>
    <message>
        <source>Export update bundle</source>
        <translation>Ekspor paket pembaruan</translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation>Pengaturan pembaruan disimpan.</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Downloading… {done} of {total}</source>
        <translation>Mengunduh… {done} dari {total}</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version {version}).</source>
        <translation>Katalog sudah versi terbaru (versi {version}).</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>{added} ditambah, {changed} diubah, {removed} dihapus</translation>
    </message>
    <message>
        <source>changes counted once it is downloaded</source>
        <translation>jumlah perubahan diketahui setelah diunduh</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>versi {version}</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>belum ada yang terpasang</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (delta update).</source>
        <translation>Versi {version} tersedia (saat ini: {start}): {changes}; {size} perlu diunduh (pembaruan delta).</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (full update).</source>
        <translation>Versi {version} tersedia (saat ini: {start}): {changes}; {size} perlu diunduh (pembaruan penuh).</translation>
    </message>
    <message>
        <source>Updated to version {version}: {changes}; downloaded {size}.</source>
        <translation>Diperbarui ke versi {version}: {changes}; terunduh {size}.</translation>
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
        <translation>Membaca sumber katalog</translation>
    </message>
    <message>
        <source>Writing the catalogue database</source>
        <translation>Menulis basis data katalog</translation>
    </message>
    <message>
        <source>Indexing every page</source>
        <translation>Mengindeks setiap halaman</translation>
    </message>
    <message>
        <source>Copying the installed catalogue</source>
        <translation>Menyalin katalog yang terpasang</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>Menerapkan perubahan</translation>
    </message>
    <message>
        <source>Storing documents</source>
        <translation>Menyimpan berkas dokumen</translation>
    </message>
    <message>
        <source>Verifying the new catalogue</source>
        <translation>Memverifikasi katalog baru</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}: nama berkas paket pembaruan harus berakhiran .zip.</translation>
    </message>
    <message>
        <source>No catalogue is installed yet, so there is nothing to export.</source>
        <translation>Belum ada katalog yang terpasang, jadi tidak ada yang bisa diekspor.</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature on this catalogue expired on {date}; other laptops would refuse the bundle. Check for updates while online, then export again.</source>
        <translation>Tanda tangan penerbit pada katalog ini sudah kedaluwarsa pada {date}; laptop lain akan menolak paketnya. Periksa pembaruan saat online, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>This laptop last verified version {verified} of the catalogue but has version {installed} installed. Finish the update (Check for updates), then export.</source>
        <translation>Laptop ini terakhir memverifikasi katalog versi {verified}, tetapi yang terpasang versi {installed}. Selesaikan pembaruan (Periksa pembaruan), lalu ekspor.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the catalogue&apos;s documents are missing from {folder}; reinstall the catalogue (Import update) before exporting it.</source>
        <translation>
            <numerusform>%n berkas dokumen katalog tidak ada di {folder}; pasang ulang katalog (Impor pembaruan) sebelum mengekspornya.</numerusform>
        </translation>
    </message>
    <message>
        <source>not TUF metadata</source>
        <translation>bukan metadata TUF</translation>
    </message>
    <message>
        <source>This laptop&apos;s catalogue was not installed from a signed release, so it cannot vouch for it; install or update the catalogue from the publisher first.</source>
        <translation>Katalog di laptop ini tidak dipasang dari rilis bertanda tangan, jadi keasliannya tidak bisa dijamin; pasang atau perbarui katalog dari penerbit terlebih dahulu.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check for updates to repair the trust store, then export.</source>
        <translation>{path} tidak dapat dibaca ({reason}); periksa pembaruan untuk memperbaiki penyimpanan kepercayaan, lalu ekspor.</translation>
    </message>
    <message>
        <source>The signed release file of the installed catalogue is not on this laptop (it was installed by an older RefDesk, or an update was checked but not installed). Check for updates while online, install what is offered, then export again.</source>
        <translation>Berkas rilis bertanda tangan untuk katalog yang terpasang tidak ada di laptop ini (katalog dipasang oleh RefDesk versi lama, atau pembaruan sudah diperiksa tetapi belum dipasang). Periksa pembaruan saat online, pasang yang ditawarkan, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>The trust store and the release file disagree about the catalogue snapshot; check for updates while online, then export again.</source>
        <translation>Penyimpanan kepercayaan dan berkas rilis tidak sepakat tentang snapshot katalog; periksa pembaruan saat online, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>The installed catalogue cannot be turned back into the exact file the publisher signed (it may have been written by a different RefDesk). Check for updates while online and export again, or ask the publisher for a bundle (&apos;refdesk publish bundle&apos;).</source>
        <translation>Katalog yang terpasang tidak dapat dikembalikan menjadi berkas persis yang ditandatangani penerbit (mungkin ditulis oleh RefDesk versi lain). Periksa pembaruan saat online lalu ekspor lagi, atau minta paket dari penerbit (&apos;refdesk publish bundle&apos;).</translation>
    </message>
    <message>
        <source>The document {name} on this laptop is damaged (its contents no longer match the publisher&apos;s signature); reinstall the catalogue before exporting it.</source>
        <translation>Berkas dokumen {name} di laptop ini rusak (isinya tidak lagi sesuai dengan tanda tangan penerbit); pasang ulang katalog sebelum mengekspornya.</translation>
    </message>
    <message>
        <source>not a release.json</source>
        <translation>bukan release.json</translation>
    </message>
    <message>
        <source>This catalogue release needs a newer RefDesk; install the newer version of the app.</source>
        <translation>Rilis katalog ini memerlukan RefDesk yang lebih baru; pasang versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <source>The release description (release.json) is malformed ({reason}).</source>
        <translation>Deskripsi rilis (release.json) rusak ({reason}).</translation>
    </message>
    <message>
        <source>No update source: give --source URL_OR_PATH (or save sources in the settings).</source>
        <translation>Tidak ada sumber pembaruan: berikan --source URL_OR_PATH (atau simpan sumber di pengaturan).</translation>
    </message>
    <message>
        <source>Checking {source}</source>
        <translation>Memeriksa {source}</translation>
    </message>
    <message>
        <source>This laptop already trusts a different publisher; a new root of trust is accepted only through the publisher&apos;s signed root chain.</source>
        <translation>Laptop ini sudah memercayai penerbit lain; akar kepercayaan baru hanya diterima melalui rantai root bertanda tangan dari penerbit.</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher&apos;s root.json.</source>
        <translation>Belum ada penerbit yang dipercaya: berikan --trust ROOT_JSON dengan root.json dari penerbit.</translation>
    </message>
    <message>
        <source>{source} publishes no catalogue release (no release.json).</source>
        <translation>{source} tidak menerbitkan rilis katalog (tidak ada release.json).</translation>
    </message>
    <message>
        <source>{source} offers version {version} of the catalogue, older than the installed version {installed}; it was refused.</source>
        <translation>{source} menawarkan katalog versi {version}, lebih lama dari versi terpasang {installed}; pembaruan ditolak.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <extracomment>A step of an update, shown with &quot;…&quot; after it while the files arrive.</extracomment>
        <translation>Mengunduh</translation>
    </message>
    <message>
        <source>release.json names {name}, which the signed targets do not list with the same hash and length; nothing was applied.</source>
        <translation>release.json menyebut {name}, yang tidak tercantum di target bertanda tangan dengan hash dan panjang yang sama; tidak ada yang diterapkan.</translation>
    </message>
    <message>
        <source>The update&apos;s delta is not for the release it was signed in.</source>
        <translation>Delta pembaruan ini bukan untuk rilis tempat ia ditandatangani.</translation>
    </message>
    <message>
        <source>The update&apos;s snapshot is not for the release it was signed in.</source>
        <translation>Snapshot pembaruan ini bukan untuk rilis tempat ia ditandatangani.</translation>
    </message>
    <message>
        <source>The given root of trust is not a valid, self-signed TUF root ({reason}).</source>
        <translation>Akar kepercayaan yang diberikan bukan root TUF yang valid dan ditandatangani sendiri ({reason}).</translation>
    </message>
    <message>
        <source>its signed metadata has expired (a frozen mirror, or an old bundle)</source>
        <translation>metadata bertanda tangannya sudah kedaluwarsa (mirror yang tidak diperbarui, atau paket lama)</translation>
    </message>
    <message>
        <source>it is older than what this laptop already trusts</source>
        <translation>versinya lebih lama dari yang sudah dipercaya laptop ini</translation>
    </message>
    <message>
        <source>it is not signed by the publisher&apos;s keys</source>
        <translation>tidak ditandatangani dengan kunci penerbit</translation>
    </message>
    <message>
        <source>a file does not match what the publisher signed (tampered or damaged)</source>
        <translation>ada berkas yang tidak sesuai dengan yang ditandatangani penerbit (diubah atau rusak)</translation>
    </message>
    <message>
        <source>a file is longer than the publisher signed</source>
        <translation>ada berkas yang lebih panjang dari yang ditandatangani penerbit</translation>
    </message>
    <message>
        <source>The update from {source} was refused: {reason}. Nothing was applied.</source>
        <translation>Pembaruan dari {source} ditolak: {reason}. Tidak ada yang diterapkan.</translation>
    </message>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>Tidak ada sumber pembaruan yang bisa dipakai ({detail}). Periksa koneksi atau flashdisk USB, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{source} is neither a repository folder nor a .zip update bundle.</source>
        <translation>{source} bukan folder repositori maupun paket pembaruan .zip.</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>{source} tidak ada (berikan alamat https://, folder, atau paket .zip).</translation>
    </message>
    <message>
        <source>{url} answered {status}</source>
        <translation>{url} menjawab {status}</translation>
    </message>
    <message>
        <source>The connection to {url} kept dropping.</source>
        <translation>Koneksi ke {url} terus terputus.</translation>
    </message>
    <message>
        <source>{url} sent more than the {length} bytes its signed length allows.</source>
        <translation>{url} mengirim lebih dari {length} byte yang diizinkan oleh panjang bertanda tangannya.</translation>
    </message>
    <message>
        <source>{url} redirects too many times.</source>
        <translation>{url} terlalu sering mengalihkan (redirect).</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({reason}).</source>
        <translation>{url} tidak dapat dijangkau ({reason}).</translation>
    </message>
    <message>
        <source>{url} stalled.</source>
        <translation>{url} macet.</translation>
    </message>
    <message>
        <source>The connection to {url} dropped ({reason}).</source>
        <translation>Koneksi ke {url} terputus ({reason}).</translation>
    </message>
    <message>
        <source>{source} is not a readable update bundle ({reason}).</source>
        <translation>{source} bukan paket pembaruan yang dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not in {source}</source>
        <translation>{name} tidak ada di {source}</translation>
    </message>
    <message>
        <source>{name} cannot be read from {source} ({reason}).</source>
        <translation>{name} tidak dapat dibaca dari {source} ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} tidak dapat dibaca ({reason}).</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <translation>Katalog versi {version} sudah tersedia ({size}): Pembaruan ▸ Periksa pembaruan (Ctrl+U).</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>Tidak ada koleksi bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>Koleksi bernama &apos;{name}&apos; sudah ada.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export ({reason}).</source>
        <translation>{path} bukan berkas ekspor data pengguna RefDesk ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export.</source>
        <translation>{path} bukan berkas ekspor data pengguna RefDesk.</translation>
    </message>
    <message>
        <source>{path} was exported by a newer RefDesk; update the app first.</source>
        <translation>{path} diekspor oleh RefDesk yang lebih baru; perbarui aplikasi terlebih dahulu.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was imported.</source>
        <translation>{path} rusak ({reason}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Koleksi harus punya nama.</translation>
    </message>
    <message>
        <source>Your user data {path} cannot be read ({reason}); it was left untouched. Move it aside to start afresh, or restore it from an export.</source>
        <translation>Data pengguna Anda {path} tidak dapat dibaca ({reason}); data itu dibiarkan apa adanya. Pindahkan ke tempat lain untuk mulai dari awal, atau pulihkan dari berkas ekspor.</translation>
    </message>
    <message>
        <source>{path} was written by a newer RefDesk (user data version {version}, this app reads up to {supported}); install the newer version. Nothing was changed.</source>
        <translation>{path} ditulis oleh RefDesk yang lebih baru (versi data pengguna {version}, aplikasi ini hanya bisa membaca sampai versi {supported}); pasang versi yang lebih baru. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Your user data {path} could not be saved ({reason}).</source>
        <translation>Data pengguna Anda {path} tidak dapat disimpan ({reason}).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Indicators and checklists</source>
        <translation>Indikator dan daftar periksa</translation>
    </message>
    <message>
        <source>Screening tool</source>
        <translation>Alat skrining</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Handbook or toolkit</source>
        <translation>Buku pegangan atau toolkit</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>Prosedur operasional standar</translation>
    </message>
    <message>
        <source>Training curriculum</source>
        <translation>Kurikulum pelatihan</translation>
    </message>
    <message>
        <source>Referral tool or directory</source>
        <translation>Alat atau direktori rujukan</translation>
    </message>
    <message>
        <source>Digital tool</source>
        <translation>Alat digital</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Penelitian</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologi</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Label in the bundled catalogue of the topic policy</extracomment>
        <translation>Kebijakan</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>Standar data</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>Materi sosialisasi</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>Asia Tenggara</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>Asia Selatan</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>Asia Timur</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asia Tengah</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asia-Pasifik</translation>
    </message>
    <message>
        <source>Greater Mekong</source>
        <translation>Mekong Raya</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pasifik</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Eropa</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Timur Tengah</translation>
    </message>
    <message>
        <source>Age assessment</source>
        <extracomment>Label in the bundled catalogue of the topic age-assessment</extracomment>
        <translation>Penilaian usia</translation>
    </message>
    <message>
        <source>Asylum and trafficking nexus</source>
        <extracomment>Label in the bundled catalogue of the topic asylum-trafficking-nexus</extracomment>
        <translation>Kaitan suaka dan perdagangan orang</translation>
    </message>
    <message>
        <source>Barriers to identification</source>
        <extracomment>Label in the bundled catalogue of the topic barriers</extracomment>
        <translation>Hambatan identifikasi</translation>
    </message>
    <message>
        <source>Bonded labour</source>
        <extracomment>Label in the bundled catalogue of the topic bonded-labour</extracomment>
        <translation>Kerja terikat utang</translation>
    </message>
    <message>
        <source>Boys</source>
        <extracomment>Label in the bundled catalogue of the topic boys</extracomment>
        <translation>Anak laki-laki</translation>
    </message>
    <message>
        <source>Case data</source>
        <extracomment>Label in the bundled catalogue of the topic case-data</extracomment>
        <translation>Data kasus</translation>
    </message>
    <message>
        <source>Case documentation</source>
        <extracomment>Label in the bundled catalogue of the topic case-documentation</extracomment>
        <translation>Dokumentasi kasus</translation>
    </message>
    <message>
        <source>Case management</source>
        <extracomment>Label in the bundled catalogue of the topic case-management</extracomment>
        <translation>Manajemen kasus</translation>
    </message>
    <message>
        <source>Case records</source>
        <extracomment>Label in the bundled catalogue of the topic case-records</extracomment>
        <translation>Catatan kasus</translation>
    </message>
    <message>
        <source>Case stories</source>
        <extracomment>Label in the bundled catalogue of the topic case-stories</extracomment>
        <translation>Kisah kasus</translation>
    </message>
    <message>
        <source>Checklists</source>
        <extracomment>Label in the bundled catalogue of the topic checklists</extracomment>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-criminal-exploitation</extracomment>
        <translation>Eksploitasi kriminal anak</translation>
    </message>
    <message>
        <source>Interviewing children</source>
        <extracomment>Label in the bundled catalogue of the topic child-interview-techniques</extracomment>
        <translation>Wawancara dengan anak</translation>
    </message>
    <message>
        <source>Child labour</source>
        <extracomment>Label in the bundled catalogue of the topic child-labour</extracomment>
        <translation>Pekerja anak</translation>
    </message>
    <message>
        <source>Child protection</source>
        <extracomment>Label in the bundled catalogue of the topic child-protection</extracomment>
        <translation>Perlindungan anak</translation>
    </message>
    <message>
        <source>Child rights</source>
        <extracomment>Label in the bundled catalogue of the topic child-rights</extracomment>
        <translation>Hak anak</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-sexual-exploitation</extracomment>
        <translation>Eksploitasi seksual anak</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic child-trafficking</extracomment>
        <translation>Perdagangan anak</translation>
    </message>
    <message>
        <source>Child victims</source>
        <extracomment>Label in the bundled catalogue of the topic child-victims</extracomment>
        <translation>Korban anak</translation>
    </message>
    <message>
        <source>Coercion</source>
        <extracomment>Label in the bundled catalogue of the topic coercion</extracomment>
        <translation>Pemaksaan</translation>
    </message>
    <message>
        <source>Community-level response</source>
        <extracomment>Label in the bundled catalogue of the topic community-level-response</extracomment>
        <translation>Penanganan tingkat komunitas</translation>
    </message>
    <message>
        <source>Community policing</source>
        <extracomment>Label in the bundled catalogue of the topic community-policing</extracomment>
        <translation>Pemolisian masyarakat</translation>
    </message>
    <message>
        <source>Compensation</source>
        <extracomment>Label in the bundled catalogue of the topic compensation</extracomment>
        <translation>Kompensasi</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>Label in the bundled catalogue of the topic complaints</extracomment>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <extracomment>Label in the bundled catalogue of the topic confidentiality</extracomment>
        <translation>Kerahasiaan</translation>
    </message>
    <message>
        <source>Cooperation with law enforcement</source>
        <extracomment>Label in the bundled catalogue of the topic cooperation-with-law-enforcement</extracomment>
        <translation>Kerja sama dengan penegak hukum</translation>
    </message>
    <message>
        <source>Counter-trafficking committees</source>
        <extracomment>Label in the bundled catalogue of the topic counter-trafficking-committees</extracomment>
        <translation>Komite antiperdagangan orang</translation>
    </message>
    <message>
        <source>Cross-border trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic cross-border-trafficking</extracomment>
        <translation>Perdagangan orang lintas batas</translation>
    </message>
    <message>
        <source>Data collection</source>
        <extracomment>Label in the bundled catalogue of the topic data-collection</extracomment>
        <translation>Pengumpulan data</translation>
    </message>
    <message>
        <source>Debt</source>
        <extracomment>Label in the bundled catalogue of the topic debt</extracomment>
        <translation>Utang</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <extracomment>Label in the bundled catalogue of the topic debt-bondage</extracomment>
        <translation>Jeratan utang</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-work</extracomment>
        <translation>Kerja rumah tangga</translation>
    </message>
    <message>
        <source>Domestic workers</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-workers</extracomment>
        <translation>Pekerja rumah tangga</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Label in the bundled catalogue of the topic due-diligence</extracomment>
        <translation>Uji tuntas</translation>
    </message>
    <message>
        <source>Education</source>
        <extracomment>Label in the bundled catalogue of the topic education</extracomment>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Ethical interviewing</source>
        <extracomment>Label in the bundled catalogue of the topic ethical-interviewing</extracomment>
        <translation>Wawancara yang etis</translation>
    </message>
    <message>
        <source>Ethics</source>
        <extracomment>Label in the bundled catalogue of the topic ethics</extracomment>
        <translation>Etika</translation>
    </message>
    <message>
        <source>First contact</source>
        <extracomment>Label in the bundled catalogue of the topic first-contact</extracomment>
        <translation>Kontak pertama</translation>
    </message>
    <message>
        <source>First response</source>
        <extracomment>Label in the bundled catalogue of the topic first-response</extracomment>
        <translation>Penanganan awal</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Label in the bundled catalogue of the topic fishing</extracomment>
        <translation>Perikanan</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <extracomment>Label in the bundled catalogue of the topic forced-criminality</extracomment>
        <translation>Kriminalitas paksa</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour</extracomment>
        <translation>Kerja paksa</translation>
    </message>
    <message>
        <source>Forced labour risk</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-risk</extracomment>
        <translation>Risiko kerja paksa</translation>
    </message>
    <message>
        <source>Forced labour screening</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-screening</extracomment>
        <translation>Skrining kerja paksa</translation>
    </message>
    <message>
        <source>Forms and templates</source>
        <extracomment>Label in the bundled catalogue of the topic forms</extracomment>
        <translation>Formulir dan templat</translation>
    </message>
    <message>
        <source>Frontline capacity</source>
        <extracomment>Label in the bundled catalogue of the topic frontline-capacity</extracomment>
        <translation>Kapasitas lini depan</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Label in the bundled catalogue of the topic gender</extracomment>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Label in the bundled catalogue of the topic health</extracomment>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Human rights</source>
        <extracomment>Label in the bundled catalogue of the topic human-rights</extracomment>
        <translation>Hak asasi manusia</translation>
    </message>
    <message>
        <source>Humanitarian protection</source>
        <extracomment>Label in the bundled catalogue of the topic humanitarian-protection</extracomment>
        <translation>Perlindungan kemanusiaan</translation>
    </message>
    <message>
        <source>Mapping of identification tools</source>
        <extracomment>Label in the bundled catalogue of the topic identification-tools-mapping</extracomment>
        <translation>Pemetaan alat identifikasi</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <extracomment>Label in the bundled catalogue of the topic identity-documents</extracomment>
        <translation>Dokumen identitas</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>Label in the bundled catalogue of the topic indicators</extracomment>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <extracomment>Label in the bundled catalogue of the topic informed-consent</extracomment>
        <translation>Persetujuan atas dasar informasi</translation>
    </message>
    <message>
        <source>Inter-state coordination</source>
        <extracomment>Label in the bundled catalogue of the topic inter-state-coordination</extracomment>
        <translation>Koordinasi antarnegara</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <extracomment>Label in the bundled catalogue of the topic interoperability</extracomment>
        <translation>Interoperabilitas</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>Label in the bundled catalogue of the topic interpreters; the audience interpreters</extracomment>
        <translation>Juru bahasa</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <extracomment>Label in the bundled catalogue of the topic interview-questions</extracomment>
        <translation>Pertanyaan wawancara</translation>
    </message>
    <message>
        <source>Investigation</source>
        <extracomment>Label in the bundled catalogue of the topic investigation</extracomment>
        <translation>Penyidikan</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic labour-exploitation</extracomment>
        <translation>Eksploitasi tenaga kerja</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <extracomment>Label in the bundled catalogue of the topic labour-inspection</extracomment>
        <translation>Pengawasan ketenagakerjaan</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <extracomment>Label in the bundled catalogue of the topic labour-migration</extracomment>
        <translation>Migrasi tenaga kerja</translation>
    </message>
    <message>
        <source>Labour trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic labour-trafficking</extracomment>
        <translation>Perdagangan orang (eksploitasi kerja)</translation>
    </message>
    <message>
        <source>Language assistance</source>
        <extracomment>Label in the bundled catalogue of the topic language-assistance</extracomment>
        <translation>Bantuan bahasa</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <extracomment>Label in the bundled catalogue of the topic legal-aid</extracomment>
        <translation>Bantuan hukum</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <extracomment>Label in the bundled catalogue of the topic legal-framework</extracomment>
        <translation>Kerangka hukum</translation>
    </message>
    <message>
        <source>Measurement</source>
        <extracomment>Label in the bundled catalogue of the topic measurement</extracomment>
        <translation>Pengukuran</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <extracomment>Label in the bundled catalogue of the topic medical-examination</extracomment>
        <translation>Pemeriksaan medis</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <extracomment>Label in the bundled catalogue of the topic men-and-boys</extracomment>
        <translation>Laki-laki dan anak laki-laki</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <extracomment>Label in the bundled catalogue of the topic methods-of-control</extracomment>
        <translation>Cara pengendalian korban</translation>
    </message>
    <message>
        <source>Migrant vulnerability</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-vulnerability</extracomment>
        <translation>Kerentanan migran</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-workers</extracomment>
        <translation>Pekerja migran</translation>
    </message>
    <message>
        <source>Migration routes</source>
        <extracomment>Label in the bundled catalogue of the topic migration-routes</extracomment>
        <translation>Jalur migrasi</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <extracomment>Label in the bundled catalogue of the topic misconceptions</extracomment>
        <translation>Salah kaprah</translation>
    </message>
    <message>
        <source>Missing persons</source>
        <extracomment>Label in the bundled catalogue of the topic missing-persons</extracomment>
        <translation>Orang hilang</translation>
    </message>
    <message>
        <source>Mixed migration</source>
        <extracomment>Label in the bundled catalogue of the topic mixed-migration</extracomment>
        <translation>Migrasi campuran</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <extracomment>Label in the bundled catalogue of the topic modern-slavery</extracomment>
        <translation>Perbudakan modern</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Label in the bundled catalogue of the topic monitoring</extracomment>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <source>National referral mechanisms (NRMs)</source>
        <extracomment>Label in the bundled catalogue of the topic national-referral-mechanisms</extracomment>
        <translation>Berbagai mekanisme rujukan nasional (NRM)</translation>
    </message>
    <message>
        <source>National responses</source>
        <extracomment>Label in the bundled catalogue of the topic national-responses</extracomment>
        <translation>Berbagai respons nasional</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>Label in the bundled catalogue of the topic needs-assessment</extracomment>
        <translation>Penilaian kebutuhan</translation>
    </message>
    <message>
        <source>Non-criminalisation</source>
        <extracomment>Label in the bundled catalogue of the topic non-criminalization</extracomment>
        <translation>Nonkriminalisasi</translation>
    </message>
    <message>
        <source>Non-identification</source>
        <extracomment>Label in the bundled catalogue of the topic non-identification</extracomment>
        <translation>Korban tak teridentifikasi</translation>
    </message>
    <message>
        <source>Non-punishment principle</source>
        <extracomment>Label in the bundled catalogue of the topic non-punishment</extracomment>
        <translation>Prinsip nonpenghukuman</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <extracomment>Label in the bundled catalogue of the topic occupational-health</extracomment>
        <translation>Keselamatan dan kesehatan kerja</translation>
    </message>
    <message>
        <source>Online child sexual exploitation and abuse (OCSEA)</source>
        <extracomment>Label in the bundled catalogue of the topic ocsea</extracomment>
        <translation>Eksploitasi dan kekerasan seksual anak online (OCSEA)</translation>
    </message>
    <message>
        <source>Online scam centres</source>
        <extracomment>Label in the bundled catalogue of the topic online-scam-centres</extracomment>
        <translation>Pusat penipuan online</translation>
    </message>
    <message>
        <source>Placement fees</source>
        <extracomment>Label in the bundled catalogue of the topic placement-fees</extracomment>
        <translation>Biaya penempatan</translation>
    </message>
    <message>
        <source>Post-rescue care</source>
        <extracomment>Label in the bundled catalogue of the topic post-rescue-care</extracomment>
        <translation>Perawatan pascapenyelamatan</translation>
    </message>
    <message>
        <source>Post-trafficking services</source>
        <extracomment>Label in the bundled catalogue of the topic post-trafficking-services</extracomment>
        <translation>Layanan pasca-perdagangan orang</translation>
    </message>
    <message>
        <source>Prevention</source>
        <extracomment>Label in the bundled catalogue of the topic prevention</extracomment>
        <translation>Pencegahan</translation>
    </message>
    <message>
        <source>Prison labour</source>
        <extracomment>Label in the bundled catalogue of the topic prison-labour</extracomment>
        <translation>Kerja narapidana</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Label in the bundled catalogue of the topic privacy</extracomment>
        <translation>Privasi</translation>
    </message>
    <message>
        <source>Programme design</source>
        <extracomment>Label in the bundled catalogue of the topic programming</extracomment>
        <translation>Perancangan program</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <extracomment>Label in the bundled catalogue of the topic prosecution</extracomment>
        <translation>Penuntutan</translation>
    </message>
    <message>
        <source>Receipt and repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic receipt-and-repatriation</extracomment>
        <translation>Penerimaan dan repatriasi</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Label in the bundled catalogue of the topic recovery</extracomment>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment</extracomment>
        <translation>Perekrutan</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment-fees</extracomment>
        <translation>Biaya perekrutan</translation>
    </message>
    <message>
        <source>Referral</source>
        <extracomment>Label in the bundled catalogue of the topic referral</extracomment>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <extracomment>Label in the bundled catalogue of the topic referral-contacts</extracomment>
        <translation>Kontak rujukan</translation>
    </message>
    <message>
        <source>Referral information</source>
        <extracomment>Label in the bundled catalogue of the topic referral-information</extracomment>
        <translation>Informasi rujukan</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <extracomment>Label in the bundled catalogue of the topic referral-to-services</extracomment>
        <translation>Rujukan ke layanan</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <extracomment>Label in the bundled catalogue of the topic regional-cooperation</extracomment>
        <translation>Kerja sama kawasan</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <extracomment>Label in the bundled catalogue of the topic rehabilitation</extracomment>
        <translation>Rehabilitasi</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic reintegration</extracomment>
        <translation>Reintegrasi</translation>
    </message>
    <message>
        <source>Remedies and redress</source>
        <extracomment>Label in the bundled catalogue of the topic remedies</extracomment>
        <translation>Pemulihan hak dan ganti rugi</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic repatriation</extracomment>
        <translation>Repatriasi</translation>
    </message>
    <message>
        <source>Reporting</source>
        <extracomment>Label in the bundled catalogue of the topic reporting</extracomment>
        <translation>Pelaporan</translation>
    </message>
    <message>
        <source>Reporting mechanisms</source>
        <extracomment>Label in the bundled catalogue of the topic reporting-mechanisms</extracomment>
        <translation>Mekanisme pelaporan</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>Label in the bundled catalogue of the topic rescue</extracomment>
        <translation>Penyelamatan</translation>
    </message>
    <message>
        <source>Rescue planning</source>
        <extracomment>Label in the bundled catalogue of the topic rescue-planning</extracomment>
        <translation>Perencanaan penyelamatan</translation>
    </message>
    <message>
        <source>Research ethics</source>
        <extracomment>Label in the bundled catalogue of the topic research-ethics</extracomment>
        <translation>Etika penelitian</translation>
    </message>
    <message>
        <source>Responsible data</source>
        <extracomment>Label in the bundled catalogue of the topic responsible-data</extracomment>
        <translation>Data yang bertanggung jawab</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic return-and-reintegration</extracomment>
        <translation>Pemulangan dan reintegrasi</translation>
    </message>
    <message>
        <source>Safe response</source>
        <extracomment>Label in the bundled catalogue of the topic safe-response</extracomment>
        <translation>Penanganan yang aman</translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Label in the bundled catalogue of the topic safety</extracomment>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>Screening</source>
        <extracomment>Label in the bundled catalogue of the topic screening</extracomment>
        <translation>Skrining</translation>
    </message>
    <message>
        <source>Screening forms</source>
        <extracomment>Label in the bundled catalogue of the topic screening-forms</extracomment>
        <translation>Formulir skrining</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <extracomment>Label in the bundled catalogue of the topic screening-interview</extracomment>
        <translation>Wawancara skrining</translation>
    </message>
    <message>
        <source>Screening tools</source>
        <extracomment>Label in the bundled catalogue of the topic screening-tools</extracomment>
        <translation>Alat skrining</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <extracomment>Label in the bundled catalogue of the topic seafood-processing</extracomment>
        <translation>Pengolahan hasil laut</translation>
    </message>
    <message>
        <source>Self-identification</source>
        <extracomment>Label in the bundled catalogue of the topic self-identification</extracomment>
        <translation>Identifikasi diri</translation>
    </message>
    <message>
        <source>Self-reporting</source>
        <extracomment>Label in the bundled catalogue of the topic self-reporting</extracomment>
        <translation>Pelaporan mandiri</translation>
    </message>
    <message>
        <source>Service directory</source>
        <extracomment>Label in the bundled catalogue of the topic service-directory</extracomment>
        <translation>Direktori layanan</translation>
    </message>
    <message>
        <source>Sex trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic sex-trafficking</extracomment>
        <translation>Perdagangan orang (eksploitasi seksual)</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic sexual-exploitation</extracomment>
        <translation>Eksploitasi seksual</translation>
    </message>
    <message>
        <source>Shelter</source>
        <extracomment>Label in the bundled catalogue of the topic shelter</extracomment>
        <translation>Rumah aman</translation>
    </message>
    <message>
        <source>Social audit</source>
        <extracomment>Label in the bundled catalogue of the topic social-audit</extracomment>
        <translation>Audit sosial</translation>
    </message>
    <message>
        <source>Youth of diverse sexual orientation, gender identity and expression (SOGIE)</source>
        <extracomment>Label in the bundled catalogue of the topic sogie-youth</extracomment>
        <translation>Remaja dengan keragaman orientasi seksual, identitas dan ekspresi gender (SOGIE)</translation>
    </message>
    <message>
        <source>Standard of evidence</source>
        <extracomment>Label in the bundled catalogue of the topic standard-of-evidence</extracomment>
        <translation>Standar pembuktian</translation>
    </message>
    <message>
        <source>State obligations</source>
        <extracomment>Label in the bundled catalogue of the topic state-obligations</extracomment>
        <translation>Kewajiban negara</translation>
    </message>
    <message>
        <source>Statutory duties</source>
        <extracomment>Label in the bundled catalogue of the topic statutory-duties</extracomment>
        <translation>Kewajiban menurut undang-undang</translation>
    </message>
    <message>
        <source>Street-involved children</source>
        <extracomment>Label in the bundled catalogue of the topic street-involved-children</extracomment>
        <translation>Anak jalanan</translation>
    </message>
    <message>
        <source>Supply chains</source>
        <extracomment>Label in the bundled catalogue of the topic supply-chains</extracomment>
        <translation>Rantai pasok</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Label in the bundled catalogue of the topic surveys</extracomment>
        <translation>Survei</translation>
    </message>
    <message>
        <source>Survivor perspectives</source>
        <extracomment>Label in the bundled catalogue of the topic survivor-perspectives</extracomment>
        <translation>Perspektif penyintas</translation>
    </message>
    <message>
        <source>Technical Intern Training Program (Japan)</source>
        <extracomment>Label in the bundled catalogue of the topic technical-intern-training-program</extracomment>
        <translation>Program Magang Teknis (Jepang)</translation>
    </message>
    <message>
        <source>Terminology</source>
        <extracomment>Label in the bundled catalogue of the topic terminology</extracomment>
        <translation>Peristilahan</translation>
    </message>
    <message>
        <source>Trafficking (general)</source>
        <extracomment>Label in the bundled catalogue of the topic trafficking-general</extracomment>
        <translation>Perdagangan orang (umum)</translation>
    </message>
    <message>
        <source>Trauma indicators</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-indicators</extracomment>
        <translation>Indikator trauma</translation>
    </message>
    <message>
        <source>Trauma-informed care</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-care</extracomment>
        <translation>Perawatan peka trauma</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-practice</extracomment>
        <translation>Praktik peka trauma</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <extracomment>Label in the bundled catalogue of the topic travel-and-tourism</extracomment>
        <translation>Perjalanan dan pariwisata</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic types-of-exploitation</extracomment>
        <translation>Bentuk eksploitasi</translation>
    </message>
    <message>
        <source>Unaccompanied and separated children</source>
        <extracomment>Label in the bundled catalogue of the topic unaccompanied-children</extracomment>
        <translation>Anak tanpa pendamping dan terpisah</translation>
    </message>
    <message>
        <source>Victim assistance</source>
        <extracomment>Label in the bundled catalogue of the topic victim-assistance</extracomment>
        <translation>Bantuan bagi korban</translation>
    </message>
    <message>
        <source>Victim-centred approach</source>
        <extracomment>Label in the bundled catalogue of the topic victim-centred-approach</extracomment>
        <translation>Pendekatan berpusat pada korban</translation>
    </message>
    <message>
        <source>Victim-friendly procedures</source>
        <extracomment>Label in the bundled catalogue of the topic victim-friendly-procedures</extracomment>
        <translation>Prosedur ramah korban</translation>
    </message>
    <message>
        <source>Victim identification</source>
        <extracomment>Label in the bundled catalogue of the topic victim-identification</extracomment>
        <translation>Identifikasi korban</translation>
    </message>
    <message>
        <source>Victim protection</source>
        <extracomment>Label in the bundled catalogue of the topic victim-protection</extracomment>
        <translation>Perlindungan korban</translation>
    </message>
    <message>
        <source>Victim witnesses</source>
        <extracomment>Label in the bundled catalogue of the topic victim-witnesses</extracomment>
        <translation>Saksi korban</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <extracomment>Label in the bundled catalogue of the topic withholding-of-wages</extracomment>
        <translation>Penahanan upah</translation>
    </message>
    <message>
        <source>Women migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic women-migrant-workers</extracomment>
        <translation>Pekerja migran perempuan</translation>
    </message>
    <message>
        <source>Women victims</source>
        <extracomment>Label in the bundled catalogue of the topic women-victims</extracomment>
        <translation>Korban perempuan</translation>
    </message>
    <message>
        <source>ASEAN government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience asean-government-agencies</extracomment>
        <translation>Lembaga pemerintah ASEAN</translation>
    </message>
    <message>
        <source>Border guards</source>
        <extracomment>Label in the bundled catalogue of the audience border-guards</extracomment>
        <translation>Penjaga perbatasan</translation>
    </message>
    <message>
        <source>Border officials</source>
        <extracomment>Label in the bundled catalogue of the audience border-officials</extracomment>
        <translation>Petugas perbatasan</translation>
    </message>
    <message>
        <source>Border police</source>
        <extracomment>Label in the bundled catalogue of the audience border-police</extracomment>
        <translation>Polisi perbatasan</translation>
    </message>
    <message>
        <source>Business</source>
        <extracomment>Label in the bundled catalogue of the audience business</extracomment>
        <translation>Dunia usaha</translation>
    </message>
    <message>
        <source>Case managers</source>
        <extracomment>Label in the bundled catalogue of the audience case-managers</extracomment>
        <translation>Manajer kasus</translation>
    </message>
    <message>
        <source>Case workers</source>
        <extracomment>Label in the bundled catalogue of the audience case-workers</extracomment>
        <translation>Pendamping kasus</translation>
    </message>
    <message>
        <source>Child protection workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-protection-workers</extracomment>
        <translation>Pekerja perlindungan anak</translation>
    </message>
    <message>
        <source>Child welfare agencies</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-agencies</extracomment>
        <translation>Lembaga kesejahteraan anak</translation>
    </message>
    <message>
        <source>Child welfare committees</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-committees</extracomment>
        <translation>Komite kesejahteraan anak</translation>
    </message>
    <message>
        <source>Child welfare workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-workers</extracomment>
        <translation>Pekerja kesejahteraan anak</translation>
    </message>
    <message>
        <source>Civil society</source>
        <extracomment>Label in the bundled catalogue of the audience civil-society</extracomment>
        <translation>Masyarakat sipil</translation>
    </message>
    <message>
        <source>Commune police</source>
        <extracomment>Label in the bundled catalogue of the audience commune-police</extracomment>
        <translation>Polisi komune</translation>
    </message>
    <message>
        <source>Community monitors</source>
        <extracomment>Label in the bundled catalogue of the audience community-monitors</extracomment>
        <translation>Pemantau komunitas</translation>
    </message>
    <message>
        <source>Competent authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience competent-authority-staff</extracomment>
        <translation>Staf otoritas berwenang</translation>
    </message>
    <message>
        <source>Compliance staff</source>
        <extracomment>Label in the bundled catalogue of the audience compliance-staff</extracomment>
        <translation>Staf kepatuhan</translation>
    </message>
    <message>
        <source>Consular officials</source>
        <extracomment>Label in the bundled catalogue of the audience consular-officials</extracomment>
        <translation>Pejabat konsuler</translation>
    </message>
    <message>
        <source>Criminal justice practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience criminal-justice-practitioners</extracomment>
        <translation>Praktisi peradilan pidana</translation>
    </message>
    <message>
        <source>Data collection agencies</source>
        <extracomment>Label in the bundled catalogue of the audience data-collection-agencies</extracomment>
        <translation>Lembaga pengumpul data</translation>
    </message>
    <message>
        <source>Educators</source>
        <extracomment>Label in the bundled catalogue of the audience educators</extracomment>
        <translation>Pendidik</translation>
    </message>
    <message>
        <source>Employers</source>
        <extracomment>Label in the bundled catalogue of the audience employers</extracomment>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>Employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience employers-organisations</extracomment>
        <translation>Organisasi pengusaha</translation>
    </message>
    <message>
        <source>Enforcement agencies</source>
        <extracomment>Label in the bundled catalogue of the audience enforcement-agencies</extracomment>
        <translation>Lembaga penegak hukum</translation>
    </message>
    <message>
        <source>First responders</source>
        <extracomment>Label in the bundled catalogue of the audience first-responders</extracomment>
        <translation>Petugas tanggap pertama</translation>
    </message>
    <message>
        <source>Fisheries officers</source>
        <extracomment>Label in the bundled catalogue of the audience fisheries-officers</extracomment>
        <translation>Petugas perikanan</translation>
    </message>
    <message>
        <source>Frontline actors</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-actors</extracomment>
        <translation>Aktor lini depan</translation>
    </message>
    <message>
        <source>Frontline agencies</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-agencies</extracomment>
        <translation>Lembaga lini depan</translation>
    </message>
    <message>
        <source>Frontline organisations</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-organisations</extracomment>
        <translation>Organisasi lini depan</translation>
    </message>
    <message>
        <source>Frontline practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-practitioners</extracomment>
        <translation>Praktisi lini depan</translation>
    </message>
    <message>
        <source>Frontline responders</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-responders</extracomment>
        <translation>Petugas tanggap lini depan</translation>
    </message>
    <message>
        <source>Frontline screening officers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-screening-officers</extracomment>
        <translation>Petugas skrining lini depan</translation>
    </message>
    <message>
        <source>Frontline staff (government, international organisations, NGOs)</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-staff-government-io-ngo</extracomment>
        <translation>Staf lini depan (pemerintah, organisasi internasional, LSM)</translation>
    </message>
    <message>
        <source>Frontline support workers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-support-workers</extracomment>
        <translation>Pendamping lini depan</translation>
    </message>
    <message>
        <source>General public</source>
        <extracomment>Label in the bundled catalogue of the audience general-public</extracomment>
        <translation>Masyarakat umum</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience government-agencies</extracomment>
        <translation>Lembaga pemerintah</translation>
    </message>
    <message>
        <source>Government officials</source>
        <extracomment>Label in the bundled catalogue of the audience government-officials</extracomment>
        <translation>Pejabat pemerintah</translation>
    </message>
    <message>
        <source>Government service providers</source>
        <extracomment>Label in the bundled catalogue of the audience government-service-providers</extracomment>
        <translation>Penyedia layanan pemerintah</translation>
    </message>
    <message>
        <source>Governments</source>
        <extracomment>Label in the bundled catalogue of the audience governments</extracomment>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Health and social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience health-and-social-service-providers</extracomment>
        <translation>Penyedia layanan kesehatan dan sosial</translation>
    </message>
    <message>
        <source>Health workers</source>
        <extracomment>Label in the bundled catalogue of the audience health-workers</extracomment>
        <translation>Tenaga kesehatan</translation>
    </message>
    <message>
        <source>Helplines</source>
        <extracomment>Label in the bundled catalogue of the audience helplines</extracomment>
        <translation>Saluran bantuan (hotline)</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <extracomment>Label in the bundled catalogue of the audience hospitals</extracomment>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>HR staff</source>
        <extracomment>Label in the bundled catalogue of the audience hr-staff</extracomment>
        <translation>Staf SDM</translation>
    </message>
    <message>
        <source>Humanitarian actors</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-actors</extracomment>
        <translation>Aktor kemanusiaan</translation>
    </message>
    <message>
        <source>Humanitarian workers</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-workers</extracomment>
        <translation>Pekerja kemanusiaan</translation>
    </message>
    <message>
        <source>Identifying authorities</source>
        <extracomment>Label in the bundled catalogue of the audience identifying-authorities</extracomment>
        <translation>Otoritas yang mengidentifikasi</translation>
    </message>
    <message>
        <source>Immigration officials</source>
        <extracomment>Label in the bundled catalogue of the audience immigration-officials</extracomment>
        <translation>Petugas imigrasi</translation>
    </message>
    <message>
        <source>Implementing agencies</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-agencies</extracomment>
        <translation>Lembaga pelaksana</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-partners</extracomment>
        <translation>Mitra pelaksana</translation>
    </message>
    <message>
        <source>Industry</source>
        <extracomment>Label in the bundled catalogue of the audience industry</extracomment>
        <translation>Industri</translation>
    </message>
    <message>
        <source>IOM and UNHCR country offices</source>
        <extracomment>Label in the bundled catalogue of the audience iom-and-unhcr-country-offices</extracomment>
        <translation>Kantor perwakilan IOM dan UNHCR</translation>
    </message>
    <message>
        <source>Judges</source>
        <extracomment>Label in the bundled catalogue of the audience judges</extracomment>
        <translation>Hakim</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <extracomment>Label in the bundled catalogue of the audience labour-inspectors</extracomment>
        <translation>Pengawas ketenagakerjaan</translation>
    </message>
    <message>
        <source>Labour officials</source>
        <extracomment>Label in the bundled catalogue of the audience labour-officials</extracomment>
        <translation>Pejabat ketenagakerjaan</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <extracomment>Label in the bundled catalogue of the audience law-enforcement</extracomment>
        <translation>Penegak hukum</translation>
    </message>
    <message>
        <source>Legal case workers</source>
        <extracomment>Label in the bundled catalogue of the audience legal-case-workers</extracomment>
        <translation>Pendamping hukum</translation>
    </message>
    <message>
        <source>Legal practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience legal-practitioners</extracomment>
        <translation>Praktisi hukum</translation>
    </message>
    <message>
        <source>Local authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience local-authority-staff</extracomment>
        <translation>Staf pemerintah daerah</translation>
    </message>
    <message>
        <source>Local government</source>
        <extracomment>Label in the bundled catalogue of the audience local-government</extracomment>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Label in the bundled catalogue of the audience media</extracomment>
        <translation>Media</translation>
    </message>
    <message>
        <source>Mental health clinicians</source>
        <extracomment>Label in the bundled catalogue of the audience mental-health-clinicians</extracomment>
        <translation>Klinisi kesehatan jiwa</translation>
    </message>
    <message>
        <source>Multidisciplinary teams</source>
        <extracomment>Label in the bundled catalogue of the audience multi-disciplinary-teams</extracomment>
        <translation>Tim multidisiplin</translation>
    </message>
    <message>
        <source>NGO staff</source>
        <extracomment>Label in the bundled catalogue of the audience ngo-staff</extracomment>
        <translation>Staf LSM</translation>
    </message>
    <message>
        <source>Non-state actors supporting governments</source>
        <extracomment>Label in the bundled catalogue of the audience non-state-actors-supporting-governments</extracomment>
        <translation>Aktor nonnegara pendukung pemerintah</translation>
    </message>
    <message>
        <source>National referral mechanism (NRM) stakeholders</source>
        <extracomment>Label in the bundled catalogue of the audience nrm-stakeholders</extracomment>
        <translation>Pemangku kepentingan mekanisme rujukan nasional (NRM)</translation>
    </message>
    <message>
        <source>Paediatricians</source>
        <extracomment>Label in the bundled catalogue of the audience paediatricians</extracomment>
        <translation>Dokter anak</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <extracomment>Label in the bundled catalogue of the audience partner-agencies</extracomment>
        <translation>Lembaga mitra</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Label in the bundled catalogue of the audience police</extracomment>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Police first responders</source>
        <extracomment>Label in the bundled catalogue of the audience police-first-responders</extracomment>
        <translation>Polisi tanggap pertama</translation>
    </message>
    <message>
        <source>Police investigators</source>
        <extracomment>Label in the bundled catalogue of the audience police-investigators</extracomment>
        <translation>Penyidik kepolisian</translation>
    </message>
    <message>
        <source>Policymakers</source>
        <extracomment>Label in the bundled catalogue of the audience policymakers</extracomment>
        <translation>Pembuat kebijakan</translation>
    </message>
    <message>
        <source>Port authorities</source>
        <extracomment>Label in the bundled catalogue of the audience port-authorities</extracomment>
        <translation>Otoritas pelabuhan</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience practitioners</extracomment>
        <translation>Praktisi</translation>
    </message>
    <message>
        <source>Probation officers</source>
        <extracomment>Label in the bundled catalogue of the audience probation-officers</extracomment>
        <translation>Pembimbing kemasyarakatan</translation>
    </message>
    <message>
        <source>Project staff</source>
        <extracomment>Label in the bundled catalogue of the audience project-staff</extracomment>
        <translation>Staf proyek</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <extracomment>Label in the bundled catalogue of the audience prosecutors</extracomment>
        <translation>Jaksa</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <extracomment>Label in the bundled catalogue of the audience public-authorities</extracomment>
        <translation>Otoritas publik</translation>
    </message>
    <message>
        <source>Public health workers</source>
        <extracomment>Label in the bundled catalogue of the audience public-health-workers</extracomment>
        <translation>Tenaga kesehatan masyarakat</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <extracomment>Label in the bundled catalogue of the audience reception-staff</extracomment>
        <translation>Petugas penerimaan</translation>
    </message>
    <message>
        <source>Recruitment agencies</source>
        <extracomment>Label in the bundled catalogue of the audience recruitment-agencies</extracomment>
        <translation>Agen perekrutan</translation>
    </message>
    <message>
        <source>Red Cross and Red Crescent staff and volunteers</source>
        <extracomment>Label in the bundled catalogue of the audience red-cross-red-crescent-staff-and-volunteers</extracomment>
        <translation>Staf dan relawan Palang Merah dan Bulan Sabit Merah</translation>
    </message>
    <message>
        <source>Researchers</source>
        <extracomment>Label in the bundled catalogue of the audience researchers</extracomment>
        <translation>Peneliti</translation>
    </message>
    <message>
        <source>Service providers</source>
        <extracomment>Label in the bundled catalogue of the audience service-providers</extracomment>
        <translation>Penyedia layanan</translation>
    </message>
    <message>
        <source>Social affairs officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-affairs-officials</extracomment>
        <translation>Pejabat urusan sosial</translation>
    </message>
    <message>
        <source>Social auditors</source>
        <extracomment>Label in the bundled catalogue of the audience social-auditors</extracomment>
        <translation>Auditor sosial</translation>
    </message>
    <message>
        <source>Social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience social-service-providers</extracomment>
        <translation>Penyedia layanan sosial</translation>
    </message>
    <message>
        <source>Social welfare officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-welfare-officials</extracomment>
        <translation>Pejabat kesejahteraan sosial</translation>
    </message>
    <message>
        <source>Social workers</source>
        <extracomment>Label in the bundled catalogue of the audience social-workers</extracomment>
        <translation>Pekerja sosial</translation>
    </message>
    <message>
        <source>Software developers</source>
        <extracomment>Label in the bundled catalogue of the audience software-developers</extracomment>
        <translation>Pengembang perangkat lunak</translation>
    </message>
    <message>
        <source>Stakeholders in the fishing sector</source>
        <extracomment>Label in the bundled catalogue of the audience stakeholders-in-fishing-sector</extracomment>
        <translation>Pemangku kepentingan sektor perikanan</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Label in the bundled catalogue of the audience states</extracomment>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Statistical offices</source>
        <extracomment>Label in the bundled catalogue of the audience statistical-offices</extracomment>
        <translation>Kantor statistik</translation>
    </message>
    <message>
        <source>Support providers</source>
        <extracomment>Label in the bundled catalogue of the audience support-providers</extracomment>
        <translation>Penyedia dukungan</translation>
    </message>
    <message>
        <source>Tool developers</source>
        <extracomment>Label in the bundled catalogue of the audience tool-developers</extracomment>
        <translation>Pengembang alat</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <extracomment>Label in the bundled catalogue of the audience trade-unions</extracomment>
        <translation>Serikat pekerja</translation>
    </message>
    <message>
        <source>Trainers</source>
        <extracomment>Label in the bundled catalogue of the audience trainers</extracomment>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>USAID staff</source>
        <extracomment>Label in the bundled catalogue of the audience usaid-staff</extracomment>
        <translation>Staf USAID</translation>
    </message>
    <message>
        <source>Victim service providers</source>
        <extracomment>Label in the bundled catalogue of the audience victim-service-providers</extracomment>
        <translation>Penyedia layanan korban</translation>
    </message>
    <message>
        <source>Village officials</source>
        <extracomment>Label in the bundled catalogue of the audience village-officials</extracomment>
        <translation>Aparat desa</translation>
    </message>
    <message>
        <source>Village police</source>
        <extracomment>Label in the bundled catalogue of the audience village-police</extracomment>
        <translation>Polisi desa</translation>
    </message>
    <message>
        <source>Workers&apos; and employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-and-employers-organisations</extracomment>
        <translation>Organisasi pekerja dan pengusaha</translation>
    </message>
    <message>
        <source>Workers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-organisations</extracomment>
        <translation>Organisasi pekerja</translation>
    </message>
    <message>
        <source>Youth services</source>
        <extracomment>Label in the bundled catalogue of the audience youth-services</extracomment>
        <translation>Layanan remaja</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation>Apa yang berubah</translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation>Ini katalog pertama yang dipasang di laptop ini: belum ada pembandingnya.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versi {version}</translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation>katalog sebelumnya</translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation>Dari {start} ke &lt;b&gt;versi {version}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>Tidak ada dokumen yang berubah.</translation>
    </message>
    <message>
        <source>New resources</source>
        <translation>Dokumen baru</translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation>Dokumen yang berubah (edisi baru)</translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation>Dihapus dari katalog</translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation>Penanda dan catatan Anda</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Terkini</translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation>Tidak ada penanda atau catatan Anda yang terpengaruh.</translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation>Pencarian tersimpan dengan hasil baru</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} baru</translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation>Tidak ada pencarian tersimpan yang punya hasil baru.</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation>RefDesk — apa yang berubah</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Apa yang berubah</translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation>Apa yang diubah oleh pembaruan katalog terakhir, dan artinya bagi penanda Anda</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation>Daftar dokumen; Tab untuk pindah antartautan, Enter untuk membukanya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>Tutup daftar ini</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation>Pilih dokumen dulu; lalu Alt+5 membawa Anda ke catatan untuk dokumen itu.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>light</source>
        <translation>terang</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>gelap</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Tema: {theme}</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>Ukuran teks: {size} pt</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>penggunaan: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisional</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan pesan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak valid: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak valid: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>memerlukan satu argumen</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hanya boleh paling banyak satu argumen</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>memerlukan setidaknya satu argumen</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>memerlukan %s argumen</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>memerlukan %s argumen</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opsi ambigu: %(option)s bisa cocok dengan %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh dipakai bersama argumen %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen eksplisit %r diabaikan</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>tidak dapat membuka &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
