<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<!-- NOT YET REVIEWED by a native speaker. Simplified Chinese drafted during development (machine-assisted, not by a native speaker); a native-speaking reviewer should check every message (see docs/translating.md) and then delete this line. -->
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>将光标移到搜索框</translation>
    </message>
    <message>
        <source>&amp;Clear search</source>
        <translation>清空搜索(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>清空搜索框</translation>
    </message>
    <message>
        <source>Use the &amp;suggested spelling</source>
        <translation>使用建议的拼写(&amp;S)</translation>
    </message>
    <message>
        <source>Search for the “Did you mean” words</source>
        <translation>搜索“您是不是要找”中的词</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Remove every facet filter and the year range</source>
        <translation>清除所有分类筛选和年份范围</translation>
    </message>
    <message>
        <source>Sort by &amp;relevance</source>
        <translation>按相关度排序(&amp;R)</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>最匹配的排在前面</translation>
    </message>
    <message>
        <source>Sort by &amp;newest</source>
        <translation>按最新排序(&amp;N)</translation>
    </message>
    <message>
        <source>Most recent year first</source>
        <translation>年份最近的排在前面</translation>
    </message>
    <message>
        <source>Sort by &amp;title</source>
        <translation>按标题排序(&amp;T)</translation>
    </message>
    <message>
        <source>Alphabetical by title</source>
        <translation>按标题字母顺序排列</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Move to the facet filters on the left</source>
        <translation>转到左侧的分类筛选</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>Move to the list of results</source>
        <translation>转到结果列表</translation>
    </message>
    <message>
        <source>R&amp;esource details</source>
        <translation>资料详情(&amp;E)</translation>
    </message>
    <message>
        <source>Move to the selected resource on the right</source>
        <translation>转到右侧所选的资料</translation>
    </message>
    <message>
        <source>&amp;Bookmarks sidebar</source>
        <translation>书签侧栏(&amp;B)</translation>
    </message>
    <message>
        <source>Move to the bookmarks, collections, recent and saved searches</source>
        <translation>转到书签、合集、最近查看和已保存的搜索</translation>
    </message>
    <message>
        <source>My &amp;note</source>
        <translation>我的笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Move to your note on the selected resource</source>
        <translation>转到您对所选资料的笔记</translation>
    </message>
    <message>
        <source>&amp;Bookmark this resource</source>
        <translation>将此资料加入书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmark the selected resource, or remove its bookmark</source>
        <translation>将所选资料加入书签，或移除其书签</translation>
    </message>
    <message>
        <source>Add to &amp;collection…</source>
        <translation>添加到合集(&amp;C)…</translation>
    </message>
    <message>
        <source>Put the selected resource in a collection or take it out</source>
        <translation>将所选资料放入合集，或从合集中移出</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the new edition</source>
        <translation>确认新版(&amp;A)</translation>
    </message>
    <message>
        <source>Mark a changed resource as seen: its bookmark and note follow the new edition</source>
        <translation>将有变化的资料标记为已看过：其书签和笔记将转到新版</translation>
    </message>
    <message>
        <source>&amp;New collection…</source>
        <translation>新建合集(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty collection</source>
        <translation>新建一个空合集</translation>
    </message>
    <message>
        <source>&amp;Save this search</source>
        <translation>保存此搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the words and filters; after each update it shows how many results are new</source>
        <translation>保留搜索词和筛选条件；每次更新后会显示有多少条新结果</translation>
    </message>
    <message>
        <source>Sh&amp;ow or hide the sidebar</source>
        <translation>显示或隐藏侧栏(&amp;O)</translation>
    </message>
    <message>
        <source>The bookmarks, collections, recent resources and saved searches on the left</source>
        <translation>左侧的书签、合集、最近查看的资料和已保存的搜索</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>打开文档(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected resource&apos;s document at the best page</source>
        <translation>在最匹配的页面打开所选资料的文档</translation>
    </message>
    <message>
        <source>&amp;Back to results</source>
        <translation>返回结果(&amp;B)</translation>
    </message>
    <message>
        <source>Close the document and return to the results</source>
        <translation>关闭文档并返回结果</translation>
    </message>
    <message>
        <source>&amp;Find in document</source>
        <translation>在文档中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search the open document; several words are highlighted separately</source>
        <translation>在打开的文档中查找；多个词会分别高亮显示</translation>
    </message>
    <message>
        <source>&amp;Next match</source>
        <translation>下一处匹配(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next highlighted word</source>
        <translation>转到下一个高亮的词</translation>
    </message>
    <message>
        <source>&amp;Previous match</source>
        <translation>上一处匹配(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous highlighted word</source>
        <translation>转到上一个高亮的词</translation>
    </message>
    <message>
        <source>Next pa&amp;ge</source>
        <translation>下一页(&amp;G)</translation>
    </message>
    <message>
        <source>Show the next page</source>
        <translation>显示下一页</translation>
    </message>
    <message>
        <source>Previous p&amp;age</source>
        <translation>上一页(&amp;A)</translation>
    </message>
    <message>
        <source>Show the previous page</source>
        <translation>显示上一页</translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation>转到页码…</translation>
    </message>
    <message>
        <source>Type a page number</source>
        <translation>输入页码</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>放大页面</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>缩小页面</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>使页面适合窗口宽度</translation>
    </message>
    <message>
        <source>&amp;Copy the resource&apos;s web address</source>
        <translation>复制资料的网址(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the canonical URL; RefDesk never opens it by itself</source>
        <translation>复制资料的正式网址；RefDesk 从不自行打开它</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Increase the text size (remembered)</source>
        <translation>增大文字大小（会记住设置）</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Decrease the text size (remembered)</source>
        <translation>减小文字大小（会记住设置）</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Use the system&apos;s text size</source>
        <translation>使用系统的文字大小</translation>
    </message>
    <message>
        <source>Follow the &amp;system theme</source>
        <translation>跟随系统主题(&amp;S)</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>按系统设置使用浅色或深色</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>浅色主题(&amp;G)</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>浅色背景上的深色文字</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>深色背景上的浅色文字</translation>
    </message>
    <message>
        <source>Switch &amp;theme</source>
        <translation>切换主题(&amp;T)</translation>
    </message>
    <message>
        <source>System, then light, then dark</source>
        <translation>依次为：跟随系统、浅色、深色</translation>
    </message>
    <message>
        <source>&amp;Check for updates…</source>
        <translation>检查更新(&amp;C)…</translation>
    </message>
    <message>
        <source>Ask the update sources for a newer catalogue; its size is shown before it downloads</source>
        <translation>向更新来源查询是否有更新的资料目录；下载前会显示其大小</translation>
    </message>
    <message>
        <source>&amp;Import update from file…</source>
        <translation>从文件导入更新(&amp;I)…</translation>
    </message>
    <message>
        <source>Install a .zip update bundle, e.g. from a USB stick</source>
        <translation>安装 .zip 更新包，例如来自 U 盘的更新包</translation>
    </message>
    <message>
        <source>Import update from &amp;folder…</source>
        <translation>从文件夹导入更新(&amp;F)…</translation>
    </message>
    <message>
        <source>Install an update from a repository folder</source>
        <translation>从更新库文件夹安装更新</translation>
    </message>
    <message>
        <source>&amp;Export update bundle…</source>
        <translation>导出更新包(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick</source>
        <translation>将已安装的资料目录保存为已签名的 .zip 文件，供其他电脑使用，例如通过 U 盘</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>变更内容(&amp;W)</translation>
    </message>
    <message>
        <source>What the last update changed, for your bookmarks and saved searches too</source>
        <translation>上次更新带来的变化，包括对您的书签和已保存搜索的影响</translation>
    </message>
    <message>
        <source>Update &amp;settings…</source>
        <translation>更新设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Update sources, proxy and the automatic check at start</source>
        <translation>更新来源、代理和启动时自动检查</translation>
    </message>
    <message>
        <source>&amp;Network log</source>
        <translation>网络日志(&amp;N)</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network</source>
        <translation>RefDesk 通过网络发出的每一个请求</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>关闭 RefDesk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>↓ or Enter in the search box</source>
        <translation>在搜索框中按 ↓ 或 Enter</translation>
    </message>
    <message>
        <source>Move to the first result</source>
        <translation>转到第一条结果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>↑ ↓, Page Up/Down, Home/End</source>
        <translation>↑ ↓, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <source>Move through the results; the details follow</source>
        <translation>在结果中移动；详情随之更新</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the document at the page of the best match</source>
        <translation>在最匹配的页面打开文档</translation>
    </message>
    <message>
        <source>↑ on the first result</source>
        <translation>在第一条结果上按 ↑</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>返回搜索框</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>↑ ↓, → ←</source>
        <translation>↑ ↓, → ←</translation>
    </message>
    <message>
        <source>Move through the filters, open or close a group</source>
        <translation>在筛选项中移动，展开或折叠分组</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Space 或 Enter</translation>
    </message>
    <message>
        <source>Tick or untick a filter value</source>
        <translation>勾选或取消勾选筛选值</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Tab, Enter</source>
        <translation>Tab, Enter</translation>
    </message>
    <message>
        <source>Move between the links of a resource and follow one</source>
        <translation>在资料的链接之间移动并打开链接</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧栏</translation>
    </message>
    <message>
        <source>Enter or a click</source>
        <translation>Enter 或单击</translation>
    </message>
    <message>
        <source>Open the resource, or run the saved search and mark it seen</source>
        <translation>打开资料，或运行已保存的搜索并标记为已看过</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename the collection</source>
        <translation>重命名合集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the bookmark, take it out of the collection, or delete the collection or saved search</source>
        <translation>移除书签、从合集中移出，或删除合集或已保存的搜索</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>菜单键或 Shift+F10</translation>
    </message>
    <message>
        <source>More: acknowledge a new edition, open the edition that replaces one</source>
        <translation>更多操作：确认新版，打开取代旧版的新版</translation>
    </message>
    <message>
        <source>Tab from the buttons</source>
        <translation>从按钮处按 Tab</translation>
    </message>
    <message>
        <source>Into your note; it is saved as you type</source>
        <translation>进入您的笔记；输入时自动保存</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find box</source>
        <translation>在查找框中按 Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>下一处 / 上一处匹配</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>在窗口各部分之间移动</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>menu only</source>
        <translation>仅限菜单</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>在窗口中移动</translation>
    </message>
    <message>
        <source>{area}: {does}</source>
        <translation>{area}：{does}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{message} (see &apos;refdesk --help&apos;)</source>
        <translation>{message}（参见 &apos;refdesk --help&apos;）</translation>
    </message>
    <message>
        <source>Offline reference desk for identifying and referring victims of trafficking.</source>
        <translation>离线参考资料工具，用于识别和转介人口贩运受害人。</translation>
    </message>
    <message>
        <source>where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)</source>
        <translation>RefDesk 存放数据的位置（默认：$REFDESK_HOME，否则为用户数据文件夹）</translation>
    </message>
    <message>
        <source>show RefDesk&apos;s version and exit</source>
        <translation>显示 RefDesk 的版本并退出</translation>
    </message>
    <message>
        <source>open the desktop window (the default)</source>
        <translation>打开桌面窗口（默认）</translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>搜索资料目录及其文档的每一页</translation>
    </message>
    <message>
        <source>one resource with all its fields and documents</source>
        <translation>显示一份资料的全部字段和文档</translation>
    </message>
    <message>
        <source>open a resource&apos;s document in the app&apos;s viewer</source>
        <translation>在本应用的阅读器中打开资料的文档</translation>
    </message>
    <message>
        <source>the page to open at (1 is the first)</source>
        <translation>打开时显示的页码（1 为第一页）</translation>
    </message>
    <message>
        <source>app version, data dir and installed catalogue</source>
        <translation>应用版本、数据文件夹和已安装的资料目录</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; 不是整数</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>必须大于或等于 1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}); details are in {log_file}.</source>
        <translation>发生意外错误（{error}）；详细信息见 {log_file}。</translation>
    </message>
    <message>
        <source>The desktop window cannot start here ({reason}); the command line still works.</source>
        <translation>桌面窗口无法在此启动（{reason}）；命令行仍可使用。</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no document stored in RefDesk; &apos;refdesk show {id}&apos; gives its web address.</source>
        <translation>&apos;{id}&apos; 在 RefDesk 中没有存储文档；运行 &apos;refdesk show {id}&apos; 可查看其网址。</translation>
    </message>
    <message numerus="yes">
        <source>--page {page} is past the end: the document has %n page(s)</source>
        <translation>
            <numerusform>--page {page} 超出范围：该文档只有 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Data dir: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Catalogue:</source>
        <translation>资料目录：</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>{title} ({id}), version {version}, published {published}</source>
        <translation>{title}（{id}），版本 {version}，发布于 {published}</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n 份资料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing results for: {query}</source>
        <translation>显示以下搜索词的结果：{query}</translation>
    </message>
    <message>
        <source>No results for &apos;{query}&apos;. Try fewer or different words.</source>
        <translation>没有与 &apos;{query}&apos; 匹配的结果。请尝试减少或更换搜索词。</translation>
    </message>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>%n 条结果（第 {first}-{last} 条），用时 {took} 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Publishers:</source>
        <translation>发布机构：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>适用对象：</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可协议：</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>取代旧版：</translation>
    </message>
    <message>
        <source>Superseded by:</source>
        <translation>被新版取代：</translation>
    </message>
    <message>
        <source>Translations:</source>
        <translation>译本：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>bring the catalogue up to date from signed releases</source>
        <translation>从已签名的版本将资料目录更新到最新</translation>
    </message>
    <message>
        <source>https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)</source>
        <translation>https:// 地址、文件夹或 .zip 更新包；可重复指定以添加镜像（默认：已保存的更新来源）</translation>
    </message>
    <message>
        <source>the publisher&apos;s root of trust</source>
        <translation>发布机构的信任根</translation>
    </message>
    <message>
        <source>report what would be downloaded; change nothing</source>
        <translation>报告将要下载的内容；不做任何更改</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>无法读取 --trust {path}（{reason}）。</translation>
    </message>
    <message>
        <source>add or remove a bookmark</source>
        <translation>添加或移除书签</translation>
    </message>
    <message>
        <source>bookmark a resource</source>
        <translation>将资料加入书签</translation>
    </message>
    <message>
        <source>remove a bookmark (its note stays)</source>
        <translation>移除书签（笔记仍保留）</translation>
    </message>
    <message>
        <source>list bookmarks with their status</source>
        <translation>列出书签及其状态</translation>
    </message>
    <message>
        <source>set the note on a resource (&quot;&quot; clears it)</source>
        <translation>设置资料的笔记（&quot;&quot; 表示清空）</translation>
    </message>
    <message>
        <source>export or import bookmarks, notes, collections</source>
        <translation>导出或导入书签、笔记、合集</translation>
    </message>
    <message>
        <source>write a portable JSON file</source>
        <translation>写入可移植的 JSON 文件</translation>
    </message>
    <message>
        <source>merge a file exported on another laptop</source>
        <translation>合并在另一台电脑上导出的文件</translation>
    </message>
    <message>
        <source>Bookmarked {id}.</source>
        <translation>已将 {id} 加入书签。</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not bookmarked.</source>
        <translation>&apos;{id}&apos; 未加入书签。</translation>
    </message>
    <message>
        <source>Removed the bookmark on {id}.</source>
        <translation>已移除 {id} 的书签。</translation>
    </message>
    <message>
        <source>No bookmarks yet. Add one with: refdesk bookmark add ID</source>
        <translation>还没有书签。添加书签：refdesk bookmark add ID</translation>
    </message>
    <message>
        <source>(superseded by {id})</source>
        <translation>（已被 {id} 取代）</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>笔记：{note}</translation>
    </message>
    <message>
        <source>Note cleared.</source>
        <translation>笔记已清空。</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>笔记已保存。</translation>
    </message>
    <message>
        <source>Exported to {file}: {counts}</source>
        <translation>已导出到 {file}：{counts}</translation>
    </message>
    <message>
        <source>Imported from {file}, new: {counts}</source>
        <translation>已从 {file} 导入，新增：{counts}</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>bookmark status</comment>
        <translation>有新版</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>bookmark status</comment>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>bookmark status</comment>
        <translation>已撤回</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n 个书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collections</source>
        <translation>
            <numerusform>%n 个合集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection items</source>
        <translation>
            <numerusform>%n 个合集条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent</source>
        <comment>resources opened recently</comment>
        <translation>
            <numerusform>%n 份最近查看的资料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved searches</source>
        <translation>
            <numerusform>%n 个已保存的搜索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document page</source>
        <translation>文档页面</translation>
    </message>
    <message>
        <source>The pages of the PDF; the searched words are highlighted</source>
        <translation>PDF 的页面；搜索的词已高亮显示</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文档文本</translation>
    </message>
    <message>
        <source>The text of the document; the searched words are highlighted</source>
        <translation>文档的文本；搜索的词已高亮显示</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← 结果</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>返回结果</translation>
    </message>
    <message>
        <source>Close the document and return to the results (Esc)</source>
        <translation>关闭文档并返回结果 (Esc)</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文档标题</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Words to highlight in the document; each word separately, quotes for a phrase. Enter goes to the next match, Shift+Enter to the previous one.</source>
        <translation>要在文档中高亮显示的词；每个词分别高亮，用引号查找短语。按 Enter 转到下一处匹配，按 Shift+Enter 转到上一处。</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处匹配 (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>上一页 (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>The page shown; type a number and press Enter to go there (Ctrl+L)</source>
        <translation>当前显示的页；输入页码并按 Enter 即可跳转 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>总页数</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>下一页 (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Alt+Minus)</source>
        <translation>缩小 (Ctrl+Alt+Minus)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Alt+Plus)</source>
        <translation>放大 (Ctrl+Alt+Plus)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处匹配</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处匹配</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+Alt+0)</source>
        <translation>使页面适合窗口宽度 (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} 处匹配</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>RefDesk — something went wrong</source>
        <translation>RefDesk — 出错了</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in {file}</source>
        <translation>发生意外错误；详细信息见 {file}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something unexpected went wrong. You can keep working.&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk wrote the details ({kind}) to its log file:&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;If it happens again, send that file to whoever supports RefDesk for you.</source>
        <translation>&lt;b&gt;发生意外错误。您可以继续工作。&lt;/b&gt;&lt;br&gt;&lt;br&gt;RefDesk 已将详细信息（{kind}）写入其日志文件：&lt;br&gt;&lt;code&gt;{file}&lt;/code&gt;&lt;br&gt;&lt;br&gt;如果再次发生，请将该文件发送给为您提供 RefDesk 支持的人员。</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Copy log location</source>
        <translation>复制日志位置</translation>
    </message>
    <message>
        <source>Copy the path of the log file to the clipboard</source>
        <translation>将日志文件的路径复制到剪贴板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>The search index in {folder} cannot be opened ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>无法打开 {folder} 中的搜索索引（{reason}）；请用 &apos;refdesk update&apos; 重新安装资料目录。</translation>
    </message>
    <message>
        <source>No catalogue is installed to apply an update to.</source>
        <translation>尚未安装资料目录，无法应用更新。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space and try again. The installed catalogue was not changed.</source>
        <translation>{folder} 所在的磁盘已满；请释放一些空间后重试。已安装的资料目录未被更改。</translation>
    </message>
    <message>
        <source>The new catalogue holds {resources} resources and {documents} documents, expected {expected_resources} and {expected_documents}; it was not installed.</source>
        <translation>新资料目录包含 {resources} 份资料和 {documents} 个文档，而应为 {expected_resources} 份资料和 {expected_documents} 个文档；未安装该目录。</translation>
    </message>
    <message>
        <source>The new catalogue is not the version it should be; it was not installed.</source>
        <translation>新资料目录的版本与预期不符；未安装该目录。</translation>
    </message>
    <message>
        <source>The updated catalogue does not match what the publisher signed; it was not installed.</source>
        <translation>更新后的资料目录与发布机构签名的内容不符；未安装该目录。</translation>
    </message>
    <message>
        <source>The new search index is incomplete; it was not installed.</source>
        <translation>新的搜索索引不完整；未安装该索引。</translation>
    </message>
    <message>
        <source>The release&apos;s {what} cannot be read ({reason}); nothing was applied.</source>
        <translation>无法读取该版本的{what}（{reason}）；未应用任何更改。</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a catalogue file; nothing was applied.</source>
        <translation>该版本的{what}不是资料目录文件；未应用任何更改。</translation>
    </message>
    <message>
        <source>catalogue snapshot</source>
        <translation>资料目录快照</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue snapshot is malformed ({reason}).</source>
        <translation>该版本的资料目录快照格式错误（{reason}）。</translation>
    </message>
    <message>
        <source>catalogue delta</source>
        <translation>资料目录增量</translation>
    </message>
    <message>
        <source>The release&apos;s catalogue delta is malformed ({reason}).</source>
        <translation>该版本的资料目录增量格式错误（{reason}）。</translation>
    </message>
    <message>
        <source>The release&apos;s {what} is not a {format} file; nothing was applied.</source>
        <translation>该版本的{what}不是 {format} 文件；未应用任何更改。</translation>
    </message>
    <message>
        <source>The release&apos;s {what} needs a newer RefDesk; install the newer version of the app.</source>
        <translation>该版本的{what}需要更高版本的 RefDesk；请安装新版应用。</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from this installation ({folder}); reinstall RefDesk.</source>
        <translation>此安装中缺少内置的资料目录（{folder}）；请重新安装 RefDesk。</translation>
    </message>
    <message>
        <source>No catalogue is installed yet; run &apos;refdesk update&apos; or start the app once.</source>
        <translation>尚未安装资料目录；请运行 &apos;refdesk update&apos;，或启动一次应用。</translation>
    </message>
    <message>
        <source>No resource with id &apos;{id}&apos; in the installed catalogue.</source>
        <translation>已安装的资料目录中没有编号为 &apos;{id}&apos; 的资料。</translation>
    </message>
    <message>
        <source>The document {document}… is missing from {folder}; run &apos;refdesk update&apos; to restore it.</source>
        <translation>{folder} 中缺少文档 {document}…；请运行 &apos;refdesk update&apos; 恢复该文档。</translation>
    </message>
    <message>
        <source>The catalogue database {path} is missing; run &apos;refdesk update&apos; to reinstall it.</source>
        <translation>资料目录数据库 {path} 不存在；请运行 &apos;refdesk update&apos; 重新安装。</translation>
    </message>
    <message>
        <source>The catalogue database {path} cannot be read ({reason}); reinstall the catalogue with &apos;refdesk update&apos;.</source>
        <translation>无法读取资料目录数据库 {path}（{reason}）；请用 &apos;refdesk update&apos; 重新安装资料目录。</translation>
    </message>
    <message>
        <source>The catalogue database {path} is incomplete; reinstall the catalogue.</source>
        <translation>资料目录数据库 {path} 不完整；请重新安装资料目录。</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer RefDesk; install the newer version of the app.</source>
        <translation>此资料目录由更高版本的 RefDesk 写入；请安装新版应用。</translation>
    </message>
    <message>
        <source>The catalogue database {path} is damaged ({reason}); reinstall the catalogue.</source>
        <translation>资料目录数据库 {path} 已损坏（{reason}）；请重新安装资料目录。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{path} names a generation that does not exist; delete that file and run &apos;refdesk update&apos; to reinstall the catalogue.</source>
        <translation>{path} 指向一个不存在的资料目录安装副本；请删除该文件并运行 &apos;refdesk update&apos; 重新安装资料目录。</translation>
    </message>
    <message>
        <source>Another RefDesk process is updating {folder}; try again when it finishes.</source>
        <translation>另一个 RefDesk 进程正在更新 {folder}；请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <source>{name}, {count} resource</source>
        <translation>{name}，{count} 份资料</translation>
    </message>
    <message>
        <source>{name}, {count} resources</source>
        <translation>{name}，{count} 份资料</translation>
    </message>
    <message>
        <source>, selected</source>
        <translation>，已选中</translation>
    </message>
    <message>
        <source>{title} filter, {count} values</source>
        <translation>{title}筛选，{count} 个值</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>，已选 {count} 个</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;筛选&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Remove every ticked filter and the year range</source>
        <translation>清除所有已勾选的筛选和年份范围</translation>
    </message>
    <message>
        <source>Facet filters</source>
        <translation>分类筛选</translation>
    </message>
    <message>
        <source>Groups of filters with the number of matching resources. Space or Enter ticks a value; ticked values of one group are combined with OR, groups with AND.</source>
        <translation>按类别分组的筛选项，并显示匹配的资料数量。按 Space 或 Enter 勾选一个值；同一组内勾选的值按 OR（任一）组合，不同组之间按 AND（全部）组合。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Only resources published in or after this year</source>
        <translation>仅限在该年或之后发布的资料</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Only resources published in or before this year</source>
        <translation>仅限在该年或之前发布的资料</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>What a screen reader says for the dash between the two year boxes (&quot;2005 to 2020&quot;).</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>Years in these results</source>
        <translation>这些结果的年份</translation>
    </message>
    <message>
        <source>Results from {years}</source>
        <translation>结果年份：{years}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>RefDesk — keyboard shortcuts</source>
        <translation>RefDesk — 键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every command of RefDesk and the keys that run it</source>
        <translation>RefDesk 的所有命令及对应的按键</translation>
    </message>
    <message>
        <source>Shortcut list</source>
        <translation>快捷键列表</translation>
    </message>
    <message>
        <source>A table of commands and their keys</source>
        <translation>命令及其按键的表格</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>关闭快捷键列表</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>“{title}” has no document stored in RefDesk; its web address is shown in the details.</source>
        <translation>“{title}”在 RefDesk 中没有存储文档；其网址显示在详情中。</translation>
    </message>
</context>
<context>
    <name>KitController</name>
    <message>
        <source>Select a resource first, then press Ctrl+D to bookmark it.</source>
        <translation>请先选择一份资料，然后按 Ctrl+D 将其加入书签。</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>已加入书签。</translation>
    </message>
    <message>
        <source>Bookmark removed; your note, if any, is kept.</source>
        <translation>已移除书签；您的笔记（如有）仍会保留。</translation>
    </message>
    <message>
        <source>Only a bookmark or note on a resource with a new edition needs acknowledging.</source>
        <translation>只有已出新版的资料，其书签或笔记才需要确认。</translation>
    </message>
    <message>
        <source>Acknowledged: the bookmark and note now follow the new edition.</source>
        <translation>已确认：书签和笔记现已转到新版。</translation>
    </message>
    <message>
        <source>Added to “{name}”.</source>
        <translation>已添加到“{name}”。</translation>
    </message>
    <message>
        <source>Taken out of “{name}”.</source>
        <translation>已从“{name}”中移出。</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建合集</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>新合集的名称：</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重命名合集</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”; its bookmarks stay.</source>
        <translation>已删除合集“{name}”；其中的书签仍保留。</translation>
    </message>
    <message>
        <source>Saved the search “{name}”; after each update it shows what is new for it.</source>
        <translation>已保存搜索“{name}”；每次更新后会显示与之相关的新内容。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>L&amp;anguage</source>
        <extracomment>The submenu of View that chooses the window&apos;s language. Its accelerator letter must differ from those of the other View entries (Larger text, Smaller text, Normal size, the themes).</extracomment>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language of the operating system when RefDesk speaks it, else English</source>
        <translation>使用操作系统的语言（如果 RefDesk 支持），否则使用英语</translation>
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
        <translation>离线搜索和阅读参考资料目录</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>正在打开资料目录…</translation>
    </message>
    <message>
        <source>The catalogue is installed and ready.</source>
        <translation>资料目录已安装，可以使用。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened.

{reason}</source>
        <translation>无法打开资料目录。

{reason}</translation>
    </message>
    <message>
        <source>Preparing the catalogue for first use (this happens once): {step}…</source>
        <translation>正在为首次使用准备资料目录（只需一次）：{step}…</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or other words, check the spelling, or clear the filters.</source>
        <translation>没有匹配的结果。请尝试减少或更换搜索词、检查拼写，或清除筛选。</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>RefDesk does not open web pages; the address is {url}</source>
        <translation>RefDesk 不会打开网页；网址为 {url}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>使用此名称</translation>
    </message>
    <message>
        <source>Close without a change</source>
        <translation>关闭，不做更改</translation>
    </message>
</context>
<context>
    <name>NetworkLogDialog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>RefDesk — network log</source>
        <translation>RefDesk — 网络日志</translation>
    </message>
    <message>
        <source>Network log</source>
        <translation>网络日志</translation>
    </message>
    <message>
        <source>Every request RefDesk sent over the network, newest first</source>
        <translation>RefDesk 通过网络发出的每一个请求，最新的在前</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>One row per request: time, method, address, status, bytes received</source>
        <translation>每行一个请求：时间、方法、地址、状态、接收字节数</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>重新读取日志</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the network log</source>
        <translation>关闭网络日志</translation>
    </message>
    <message>
        <source>RefDesk has sent no request from this laptop: it works offline and only goes online to check for updates when you ask it to.</source>
        <translation>RefDesk 尚未从这台电脑发出任何请求：它离线工作，只有在您要求时才会联网检查更新。</translation>
    </message>
    <message>
        <source>{count} request, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} 个请求，共接收 {size}：这是 RefDesk 发出的全部请求，均用于检查和下载更新。搜索、书签和笔记从不离开这台电脑。</translation>
    </message>
    <message>
        <source>{count} requests, {size} received: every request RefDesk made, all of them update checks and downloads. Searches, bookmarks and notes never leave this laptop.</source>
        <translation>{count} 个请求，共接收 {size}：这是 RefDesk 发出的全部请求，均用于检查和下载更新。搜索、书签和笔记从不离开这台电脑。</translation>
    </message>
</context>
<context>
    <name>NetworkLogModel</name>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.</source>
        <translation>您对这份资料的笔记：谁回复了、什么办法有效……输入时自动保存，只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>&lt;b&gt;My note&lt;/b&gt;</source>
        <translation>&lt;b&gt;我的笔记&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>笔记已保存</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Your own note on this resource, saved as you type and kept through catalogue updates (Alt+4)</source>
        <translation>您对这份资料的个人笔记，输入时自动保存，资料目录更新后仍会保留 (Alt+4)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Note: {state}</source>
        <translation>笔记：{state}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>tools for catalogue publishers</source>
        <translation>供资料目录发布机构使用的工具</translation>
    </message>
    <message>
        <source>validate a catalogue source folder</source>
        <translation>检查资料目录源文件夹</translation>
    </message>
    <message>
        <source>new publisher keys and KEYDIR/root.json (the trust file)</source>
        <translation>生成新的发布机构密钥和 KEYDIR/root.json（信任文件）</translation>
    </message>
    <message>
        <source>add a new signed release to a static repository</source>
        <translation>向静态更新库添加新的已签名版本</translation>
    </message>
    <message>
        <source>an offline update bundle (.zip) for USB sticks</source>
        <translation>生成用于 U 盘的离线更新包 (.zip)</translation>
    </message>
    <message>
        <source>re-sign the bundle&apos;s timestamp to last 45 days (without: the repository&apos;s own expiry)</source>
        <translation>重新签署更新包的时间戳，使其有效期为 45 天（不指定时：沿用更新库自身的有效期）</translation>
    </message>
    <message>
        <source>New publisher keys in {keydir} (keep them secret and backed up).
Ship {root} with the app, or give it to &apos;refdesk update --trust&apos;.</source>
        <translation>新的发布机构密钥已保存在 {keydir}（请妥善保密并做好备份）。
请将 {root} 随应用一起分发，或提供给 &apos;refdesk update --trust&apos;。</translation>
    </message>
    <message numerus="yes">
        <source>from {version}: %n bytes</source>
        <translation>
            <numerusform>从 {version}：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {catalogue} version {version} to {repo}: {resources}, {documents}; snapshot {snapshot}; deltas {deltas}.</source>
        <translation>已将 {catalogue} 版本 {version} 发布到 {repo}：{resources}，{documents}；快照 {snapshot}；增量 {deltas}。</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n 份资料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no deltas</comment>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n bytes); it can be used until {expires} UTC.</source>
        <translation>
            <numerusform>已写入 {out}（%n 字节）；可使用至 {expires} (UTC)。</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is missing; give the folder made by &apos;refdesk publish keys&apos;.</source>
        <translation>{path} 不存在；请指定由 &apos;refdesk publish keys&apos; 生成的文件夹。</translation>
    </message>
    <message>
        <source>{path} is not a private key ({reason}).</source>
        <translation>{path} 不是私钥（{reason}）。</translation>
    </message>
    <message>
        <source>{path} already exists; keys are never overwritten. Choose an empty folder.</source>
        <translation>{path} 已存在；密钥绝不会被覆盖。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>{folder} already holds publisher keys; choose an empty folder.</source>
        <translation>{folder} 中已有发布机构密钥；请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>Signing releases needs the &apos;cryptography&apos; package: pip install &apos;refdesk[publish]&apos;.</source>
        <translation>签署版本需要 &apos;cryptography&apos; 软件包：pip install &apos;refdesk[publish]&apos;。</translation>
    </message>
    <message>
        <source>{path} is missing; {repo} is not a complete repository.</source>
        <translation>{path} 不存在；{repo} 不是完整的更新库。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>{repo} is not a RefDesk repository (no metadata/1.root.json).</source>
        <translation>{repo} 不是 RefDesk 更新库（没有 metadata/1.root.json）。</translation>
    </message>
    <message>
        <source>The {role} key in the key folder is not one this repository&apos;s root trusts; give the key folder this repository was created with.</source>
        <translation>密钥文件夹中的 {role} 密钥不受此更新库的根元数据信任；请指定创建此更新库时所用的密钥文件夹。</translation>
    </message>
    <message>
        <source>{repo} has no release yet; run &apos;refdesk publish build&apos; first.</source>
        <translation>{repo} 还没有任何版本；请先运行 &apos;refdesk publish build&apos;。</translation>
    </message>
    <message>
        <source>There is not enough space in {folder} for the update bundle; free some space or choose another drive.</source>
        <translation>{folder} 中没有足够的空间存放更新包；请释放一些空间，或选择其他驱动器。</translation>
    </message>
    <message>
        <source>{repo} is a TUF repository without a RefDesk release.json.</source>
        <translation>{repo} 是 TUF 更新库，但没有 RefDesk 的 release.json。</translation>
    </message>
    <message>
        <source>{repo}: the release.json in force is missing or damaged.</source>
        <translation>{repo}：当前生效的 release.json 缺失或已损坏。</translation>
    </message>
    <message>
        <source>{repo} publishes the catalogue &apos;{published}&apos;, not &apos;{given}&apos;; use a separate repository for each catalogue.</source>
        <translation>{repo} 发布的是资料目录 &apos;{published}&apos;，而不是 &apos;{given}&apos;；每个资料目录请使用单独的更新库。</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}：更新包的文件名必须以 .zip 结尾。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>选择(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>切换到详细信息视图</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>切换到列表视图</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>新建一个文件夹</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>详细信息视图</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>转到上一级文件夹</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>位置和书签列表</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>上一级文件夹</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>显示隐藏文件(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧栏</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>The document {name} cannot be read.</source>
        <translation>无法读取文档 {name}。</translation>
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
        <translation>文本</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>资料详情</translation>
    </message>
    <message>
        <source>Every field of the selected resource, its summary, documents, translations and editions. Tab moves between links; Enter follows one.</source>
        <translation>所选资料的全部字段，包括摘要、文档、译本和各个版本。按 Tab 在链接之间移动；按 Enter 打开链接。</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Open the resource&apos;s document in RefDesk&apos;s viewer (Ctrl+O)</source>
        <translation>在 RefDesk 的阅读器中打开资料的文档 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy web address</source>
        <translation>复制网址</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s canonical web address to the clipboard (Ctrl+Shift+C); RefDesk never opens it</source>
        <translation>将资料的正式网址复制到剪贴板 (Ctrl+Shift+C)；RefDesk 从不打开它</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ 加入书签</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Bookmark this resource, or remove the bookmark (Ctrl+D); bookmarks survive catalogue updates</source>
        <translation>将此资料加入书签，或移除书签 (Ctrl+D)；资料目录更新后书签仍会保留</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>合集…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Put this resource in a collection or take it out of one (Ctrl+Shift+D)</source>
        <translation>将此资料放入合集，或从合集中移出 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Select a result to see its details here.</source>
        <translation>选择一条结果，即可在此查看详情。</translation>
    </message>
    <message>
        <source>This resource was withdrawn from the catalogue; only your bookmark and note are kept. Its identifier was &lt;code&gt;{id}&lt;/code&gt;.</source>
        <translation>此资料已从资料目录中撤回；只保留了您的书签和笔记。其编号为 &lt;code&gt;{id}&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ 已加入书签</translation>
    </message>
    <message>
        <source>Collections for this resource</source>
        <translation>此资料所在的合集</translation>
    </message>
    <message>
        <source>New collection with this resource…</source>
        <translation>用此资料新建合集…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No summary.</source>
        <translation>无摘要。</translation>
    </message>
    <message>
        <source>A newer edition exists:</source>
        <translation>已有较新的版本：</translation>
    </message>
    <message>
        <source>{id} (not in this catalogue)</source>
        <translation>{id}（不在此资料目录中）</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>best match on page {page}</source>
        <translation>最佳匹配在第 {page} 页</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>No document is stored in the catalogue; see the web address below.</source>
        <translation>资料目录中没有存储文档；请查看下方的网址。</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>译本</translation>
    </message>
    <message>
        <source>Supersedes (older editions)</source>
        <translation>取代以下旧版本</translation>
    </message>
    <message>
        <source>Superseded by (newer editions)</source>
        <translation>被以下新版本取代</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Shown, not opened: copy it into a browser when you are online.</source>
        <translation>仅显示，不会打开：联网时请复制到浏览器中打开。</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>贩运阶段</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>受害人识别</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>（无摘要）</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Best match on page {page}.</source>
        <translation>最佳匹配在第 {page} 页。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Title A–Z</source>
        <translation>标题 A–Z</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;结果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>结果排序方式</translation>
    </message>
    <message>
        <source>Relevance, newest first, or title</source>
        <translation>相关度、最新优先或标题</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Matching resources, best first. The selected one is shown on the right; Enter opens its document at the page of the best match.</source>
        <translation>匹配的资料，最匹配的在前。所选资料显示在右侧；按 Enter 在最匹配的页面打开其文档。</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search titles, summaries and every page — e.g. debt bondage fishing, &quot;recruitment fee&quot;, country:TH</source>
        <translation>搜索标题、摘要和每一页 — 例如：debt bondage fishing，&quot;recruitment fee&quot;，country:TH</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Type words to search the catalogue and the full text of its documents. Results update as you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.</source>
        <translation>输入词语，搜索资料目录及其文档的全文。结果随输入即时更新。用引号搜索短语；也可使用 OR、NOT、word* 和 field:value 等语法。</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>您是不是要找</translation>
    </message>
    <message>
        <source>Search for the suggested spelling instead (Alt+D)</source>
        <translation>改为搜索建议的拼写 (Alt+D)</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>结果数量</translation>
    </message>
    <message>
        <source>How many resources match the search and filters</source>
        <translation>与搜索词和筛选条件匹配的资料数量</translation>
    </message>
    <message>
        <source>{count} result</source>
        <translation>{count} 条结果</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} 条结果</translation>
    </message>
    <message>
        <source>Did you mean: {words}?  (Alt+D)</source>
        <translation>您是不是要找：{words}？  (Alt+D)</translation>
    </message>
    <message>
        <source>Did you mean {words}</source>
        <translation>您是不是要找 {words}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Bookmarks sidebar</source>
        <translation>书签侧栏</translation>
    </message>
    <message>
        <source>Your bookmarks, notes, collections, recent resources and saved searches</source>
        <translation>您的书签、笔记、合集、最近查看的资料和已保存的搜索</translation>
    </message>
</context>
<context>
    <name>SidebarDelegate</name>
    <message>
        <source>{count} new</source>
        <translation>新增 {count}</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <source>Bookmarks and notes</source>
        <translation>书签和笔记</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>最近查看</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Ctrl+D bookmarks the resource you are reading</source>
        <translation>按 Ctrl+D 将正在阅读的资料加入书签</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N starts a collection</source>
        <translation>按 Ctrl+Shift+N 新建合集</translation>
    </message>
    <message>
        <source>Resources you look at are listed here</source>
        <translation>您查看过的资料会列在这里</translation>
    </message>
    <message>
        <source>Ctrl+S saves the search you typed</source>
        <translation>按 Ctrl+S 保存您输入的搜索</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>新版</translation>
    </message>
    <message>
        <source>New edition since you saved it</source>
        <translation>您保存后已有新版</translation>
    </message>
    <message>
        <source>Superseded by {title}</source>
        <translation>已被 {title} 取代</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue — your note is kept</source>
        <translation>已从资料目录中撤回 — 您的笔记仍保留</translation>
    </message>
    <message>
        <source>Withdrawn from the catalogue</source>
        <translation>已从资料目录中撤回</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resource</source>
        <translation>合集 {name}，{count} 份资料</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resource. F2 renames it.</source>
        <translation>合集“{name}”：{count} 份资料。按 F2 重命名。</translation>
    </message>
    <message>
        <source>Collection {name}, {count} resources</source>
        <translation>合集 {name}，{count} 份资料</translation>
    </message>
    <message>
        <source>Collection “{name}”: {count} resources. F2 renames it.</source>
        <translation>合集“{name}”：{count} 份资料。按 F2 重命名。</translation>
    </message>
    <message>
        <source>{title}, viewed {date}</source>
        <translation>{title}，查看于 {date}</translation>
    </message>
    <message>
        <source>{title}, {count} items</source>
        <translation>{title}，{count} 项</translation>
    </message>
    <message>
        <source>, {count} new results</source>
        <translation>，{count} 条新结果</translation>
    </message>
    <message>
        <source>bookmarked, with a note</source>
        <translation>已加入书签，有笔记</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已加入书签</translation>
    </message>
    <message>
        <source>with a note</source>
        <translation>有笔记</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>笔记：{note}</translation>
    </message>
    <message>
        <source>Saved search {name}</source>
        <translation>已保存的搜索 {name}</translation>
    </message>
    <message>
        <source>, {count} new results since the last update</source>
        <translation>，上次更新后有 {count} 条新结果</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search for “{query}”</source>
        <translation>搜索“{query}”</translation>
    </message>
    <message>
        <source>{count} new results since the last catalogue update</source>
        <translation>资料目录上次更新后有 {count} 条新结果</translation>
    </message>
    <message>
        <source>Enter runs it.</source>
        <translation>按 Enter 运行。</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Bookmarks, collections, recent and saved searches</source>
        <translation>书签、合集、最近查看和已保存的搜索</translation>
    </message>
    <message>
        <source>Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes a bookmark, a collection or a saved search; the menu key lists more actions.</source>
        <translation>按 Enter 打开资料或运行已保存的搜索；按 F2 重命名合集；按 Delete 移除书签、合集或已保存的搜索；按菜单键可查看更多操作。</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建合集…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建合集</translation>
    </message>
    <message>
        <source>Start an empty collection (Ctrl+Shift+N)</source>
        <translation>新建一个空合集 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重命名合集</translation>
    </message>
    <message>
        <source>Rename the selected collection (F2)</source>
        <translation>重命名所选合集 (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected bookmark, collection or saved search (Delete)</source>
        <translation>移除所选的书签、合集或已保存的搜索 (Delete)</translation>
    </message>
    <message>
        <source>Sidebar actions</source>
        <translation>侧栏操作</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Run this search</source>
        <translation>运行此搜索</translation>
    </message>
    <message>
        <source>Acknowledge the new edition</source>
        <translation>确认新版</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>打开新版</translation>
    </message>
    <message>
        <source>Delete the collection (the bookmarks stay)</source>
        <translation>删除合集（书签仍保留）</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>从此合集中移出</translation>
    </message>
    <message>
        <source>Remove the bookmark (the note stays)</source>
        <translation>移除书签（笔记仍保留）</translation>
    </message>
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>{name}: not a PDF, Markdown, text or HTML document</source>
        <translation>{name}：不是 PDF、Markdown、文本或 HTML 文档</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: not a readable PDF ({reason})</source>
        <translation>{name}：不是可读取的 PDF（{reason}）</translation>
    </message>
    <message>
        <source>not a folder; give the catalogue folder</source>
        <translation>不是文件夹；请指定资料目录文件夹</translation>
    </message>
    <message>
        <source>missing resources/ folder</source>
        <translation>缺少 resources/ 文件夹</translation>
    </message>
    <message>
        <source>missing catalogue.yaml (id, title, publisher)</source>
        <translation>缺少 catalogue.yaml（id、title、publisher）</translation>
    </message>
    <message>
        <source>not UTF-8 text; save the file as UTF-8</source>
        <translation>不是 UTF-8 文本；请将文件保存为 UTF-8 编码</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-64 of a-z, 0-9 and &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; 必须由 3-64 个 a-z、0-9 和 &apos;-&apos; 字符组成</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (ignored)</source>
        <translation>未知字段 &apos;{field}&apos;（已忽略）</translation>
    </message>
    <message>
        <source>labels must map topics/audiences to {slug: label}</source>
        <translation>labels 必须将 topics/audiences 映射为 {slug: label}</translation>
    </message>
    <message>
        <source>labels.{facet} must map slugs to labels</source>
        <translation>labels.{facet} 必须将短标识（slug）映射为标签</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>无效的 YAML：{problem}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>缺少必填字段 &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>no front matter: start the file with &apos;---&apos;, the fields, &apos;---&apos;</source>
        <translation>没有文件头（front matter）：文件开头应依次为 &apos;---&apos;、各字段、&apos;---&apos;</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; must be 3-100 of a-z, 0-9 and &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>id &apos;{id}&apos; 必须由 3-100 个 a-z、0-9 和 &apos;-&apos; 字符组成，且不能以 &apos;-&apos; 开头</translation>
    </message>
    <message>
        <source>unknown type &apos;{type}&apos;; use one of {choices}</source>
        <translation>未知类型 &apos;{type}&apos;；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (kept as an extra field)</source>
        <translation>未知字段 &apos;{field}&apos;（作为额外字段保留）</translation>
    </message>
    <message>
        <source>year must be a whole number such as 2020, not &apos;{year}&apos;</source>
        <translation>year 必须是整数（例如 2020），而不是 &apos;{year}&apos;</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)</source>
        <translation>&apos;{code}&apos; 不是 ISO 3166-1 alpha-2 国家代码（例如 TH、VN）</translation>
    </message>
    <message>
        <source>unknown region &apos;{region}&apos;; use one of {choices}</source>
        <translation>未知地区 &apos;{region}&apos;；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 639-1 (or 639-3) language code (e.g. en, th)</source>
        <translation>&apos;{code}&apos; 不是 ISO 639-1（或 639-3）语言代码（例如 en、th）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {field} must be a lower-case slug such as &apos;debt-bondage&apos;</source>
        <translation>{field} 中的 &apos;{value}&apos; 必须是小写的短标识（slug），例如 &apos;debt-bondage&apos;</translation>
    </message>
    <message>
        <source>unknown stage &apos;{stage}&apos;; use one of {choices}</source>
        <translation>未知阶段 &apos;{stage}&apos;；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>unknown identification &apos;{identification}&apos;; use one of {choices}</source>
        <translation>未知的识别值 &apos;{identification}&apos;；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>no summary after the front matter</source>
        <translation>文件头（front matter）之后没有摘要</translation>
    </message>
    <message>
        <source>documents must be a list of {path, language, title}</source>
        <translation>documents 必须是由 {path, language, title} 组成的列表</translation>
    </message>
    <message>
        <source>each document needs a &apos;path&apos; relative to documents/</source>
        <translation>每个文档都需要一个相对于 documents/ 的 &apos;path&apos;</translation>
    </message>
    <message>
        <source>document path &apos;{path}&apos; escapes documents/</source>
        <translation>文档路径 &apos;{path}&apos; 超出了 documents/ 文件夹</translation>
    </message>
    <message>
        <source>document &apos;documents/{path}&apos; does not exist</source>
        <translation>文档 &apos;documents/{path}&apos; 不存在</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos; is not PDF, Markdown, text or HTML</source>
        <translation>文档 &apos;{path}&apos; 不是 PDF、Markdown、文本或 HTML</translation>
    </message>
    <message>
        <source>document &apos;{path}&apos;: &apos;{language}&apos; is not a language code</source>
        <translation>文档 &apos;{path}&apos;：&apos;{language}&apos; 不是语言代码</translation>
    </message>
    <message>
        <source>duplicate id &apos;{id}&apos; (also in {place})</source>
        <translation>重复的 id &apos;{id}&apos;（{place} 中也有）</translation>
    </message>
    <message>
        <source>{field} names &apos;{id}&apos;, which is not a resource id in this catalogue</source>
        <translation>{field} 指向的 &apos;{id}&apos; 不是此资料目录中的资料 id</translation>
    </message>
    <message>
        <source>{field} must be a list such as [a, b]</source>
        <translation>{field} 必须是列表，例如 [a, b]</translation>
    </message>
    <message>
        <source>expected key: value pairs</source>
        <translation>应为 key: value 形式的键值对</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation>
            <numerusform>{source} 中有 %n 个错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: OK (%n warning(s)).</source>
        <translation>
            <numerusform>{source}：通过（%n 个警告）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue source {root} has %n problem(s).</source>
        <translation>
            <numerusform>资料目录源 {root} 有 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status of your bookmark</source>
        <translation>您的书签状态</translation>
    </message>
    <message>
        <source>Act on the status</source>
        <translation>按状态处理</translation>
    </message>
    <message>
        <source>Acknowledge a new edition, or open the one that replaces it</source>
        <translation>确认新版，或打开取代它的版本</translation>
    </message>
    <message>
        <source>&lt;b&gt;New edition.&lt;/b&gt; This resource changed since you bookmarked it or wrote your note.</source>
        <translation>&lt;b&gt;新版。&lt;/b&gt;自您加入书签或写下笔记以来，此资料已有变化。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Mark the new edition as seen (Ctrl+Shift+A)</source>
        <translation>将新版标记为已看过 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt;.&lt;/b&gt; A newer edition replaces it.</source>
        <translation>&lt;b&gt;已被 &lt;a href=&apos;{link}&apos;&gt;{title}&lt;/a&gt; 取代。&lt;/b&gt;已有较新的版本替代此资料。</translation>
    </message>
    <message>
        <source>Open the new edition</source>
        <translation>打开新版</translation>
    </message>
    <message>
        <source>the newer edition</source>
        <translation>较新的版本</translation>
    </message>
    <message>
        <source>Show {title}</source>
        <translation>显示 {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Withdrawn.&lt;/b&gt; The publisher removed this resource from the catalogue; your bookmark, its title and your note are kept.</source>
        <translation>&lt;b&gt;已撤回。&lt;/b&gt;发布机构已将此资料从资料目录中移除；您的书签、资料标题和笔记仍会保留。</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>无操作</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>published today</source>
        <translation>今天发布</translation>
    </message>
    <message>
        <source>published yesterday</source>
        <translation>昨天发布</translation>
    </message>
    <message>
        <source>published {count} days ago</source>
        <translation>{count} 天前发布</translation>
    </message>
    <message>
        <source>published {count} months ago</source>
        <translation>{count} 个月前发布</translation>
    </message>
    <message>
        <source>published {count} years ago</source>
        <translation>{count} 年前发布</translation>
    </message>
    <message>
        <source>{count} resource</source>
        <translation>{count} 份资料</translation>
    </message>
    <message>
        <source>{count} resources</source>
        <translation>{count} 份资料</translation>
    </message>
    <message>
        <source>{title} · version {version} · {age} · {resources}</source>
        <translation>{title} · 版本 {version} · {age} · {resources}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The installed catalogue, its version and age, and what RefDesk is doing</source>
        <translation>已安装的资料目录、其版本和发布时间，以及 RefDesk 当前正在做什么</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Shown while RefDesk searches or prepares the catalogue</source>
        <translation>RefDesk 搜索或准备资料目录时显示</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>资料目录</translation>
    </message>
    <message>
        <source>Title, version and age of the installed catalogue</source>
        <translation>已安装资料目录的标题、版本和发布时间</translation>
    </message>
    <message>
        <source>No catalogue installed</source>
        <translation>未安装资料目录</translation>
    </message>
    <message>
        <source>{title} by {publisher}, version {version}, published {date}</source>
        <translation>{title}，发布机构：{publisher}，版本 {version}，发布于 {date}</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>RefDesk — catalogue updates</source>
        <translation>RefDesk — 资料目录更新</translation>
    </message>
    <message>
        <source>Catalogue updates</source>
        <translation>资料目录更新</translation>
    </message>
    <message>
        <source>The number of added, changed and removed resources is known once it is downloaded.</source>
        <translation>下载完成后才能知道新增、更改和移除的资料数量。</translation>
    </message>
    <message>
        <source>Resources: {added} added, {changed} changed, {removed} removed.</source>
        <translation>资料：新增 {added} 份，更改 {changed} 份，移除 {removed} 份。</translation>
    </message>
    <message>
        <source>{source} (and mirrors)</source>
        <translation>{source}（及镜像）</translation>
    </message>
    <message>
        <source>No update source is set</source>
        <translation>未设置更新来源</translation>
    </message>
    <message>
        <source>Add the address of the publisher&apos;s update site, or a mirror, in &lt;b&gt;Update settings&lt;/b&gt; (Ctrl+,). Without a connection, import an update from a file or a USB stick instead (Ctrl+Shift+U).</source>
        <translation>请在&lt;b&gt;更新设置&lt;/b&gt; (Ctrl+,) 中添加发布机构的更新网站地址或镜像地址。没有网络连接时，可改为从文件或 U 盘导入更新 (Ctrl+Shift+U)。</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>正在检查更新…</translation>
    </message>
    <message>
        <source>Asking {where} for the latest signed release.</source>
        <translation>正在向 {where} 查询最新的已签名版本。</translation>
    </message>
    <message>
        <source>Version {version} is installed; checked {where}.</source>
        <translation>已安装版本 {version}；已向 {where} 核实。</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>资料目录已是最新</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>已安装版本 {version}。</translation>
    </message>
    <message>
        <source>{counts} {size} read. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts}已读取 {size}。&lt;b&gt;变更内容&lt;/b&gt;会列出这些资料，以及与之相关的书签和已保存的搜索。</translation>
    </message>
    <message>
        <source>{counts} {size} downloaded. &lt;b&gt;What changed&lt;/b&gt; lists them, with your bookmarks and saved searches they concern.</source>
        <translation>{counts}已下载 {size}。&lt;b&gt;变更内容&lt;/b&gt;会列出这些资料，以及与之相关的书签和已保存的搜索。</translation>
    </message>
    <message>
        <source>Updated to version {version}</source>
        <translation>已更新到版本 {version}</translation>
    </message>
    <message>
        <source>{reason}&lt;br&gt;The installed catalogue was not changed.</source>
        <translation>{reason}&lt;br&gt;已安装的资料目录未被更改。</translation>
    </message>
    <message>
        <source>The update did not work</source>
        <translation>更新未成功</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>更新已取消</translation>
    </message>
    <message>
        <source>Nothing was changed; the installed catalogue is still in use.</source>
        <translation>未做任何更改；仍在使用已安装的资料目录。</translation>
    </message>
    <message>
        <source>Check for a newer signed release of the catalogue.</source>
        <translation>检查是否有更新的已签名资料目录版本。</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>no catalogue</source>
        <translation>尚无资料目录</translation>
    </message>
    <message>
        <source>only the changes</source>
        <translation>仅变更部分</translation>
    </message>
    <message>
        <source>the whole catalogue</source>
        <translation>整个资料目录</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to read ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>当前：{have}。{counts}&lt;br&gt;需从 {where} 读取 &lt;b&gt;{size}&lt;/b&gt;（{method}）。&lt;br&gt;您的书签、笔记和合集都会保留。</translation>
    </message>
    <message>
        <source>You have {have}. {counts}&lt;br&gt;&lt;b&gt;{size}&lt;/b&gt; to download ({method}), from {where}.&lt;br&gt;Your bookmarks, notes and collections are kept.</source>
        <translation>当前：{have}。{counts}&lt;br&gt;需从 {where} 下载 &lt;b&gt;{size}&lt;/b&gt;（{method}）。&lt;br&gt;您的书签、笔记和合集都会保留。</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>版本 {version} 已可用</translation>
    </message>
    <message>
        <source>Paused: version {version}</source>
        <translation>已暂停：版本 {version}</translation>
    </message>
    <message>
        <source>Updating to version {version}…</source>
        <translation>正在更新到版本 {version}…</translation>
    </message>
    <message>
        <source>Resume continues where the download stopped, even after RefDesk was closed.</source>
        <translation>“继续”会从下载中断处接着下载，即使 RefDesk 曾被关闭。</translation>
    </message>
    <message>
        <source>What a catalogue update brings, its download and its progress</source>
        <translation>资料目录更新的内容、下载和进度</translation>
    </message>
    <message>
        <source>Update status</source>
        <translation>更新状态</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>更新详情</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>更新进度</translation>
    </message>
    <message>
        <source>How much of the update is downloaded, then what is being installed</source>
        <translation>更新已下载多少，以及正在安装什么</translation>
    </message>
    <message>
        <source>Update step</source>
        <translation>更新步骤</translation>
    </message>
    <message>
        <source>Download and install</source>
        <translation>下载并安装</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>开始更新</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop the download and keep what arrived</source>
        <translation>停止下载，保留已下载的部分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop and throw away what was downloaded</source>
        <translation>停止并丢弃已下载的内容</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>List what this update changed</source>
        <translation>列出此次更新的变更</translation>
    </message>
    <message>
        <source>Update settings…</source>
        <translation>更新设置…</translation>
    </message>
    <message>
        <source>Sources, proxy, automatic checks</source>
        <translation>来源、代理、自动检查</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>An update on a USB stick or in a folder</source>
        <translation>U 盘或文件夹中的更新</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this window; an update goes on</source>
        <translation>关闭此窗口；更新会继续进行</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Checking the signed release…</source>
        <translation>正在校验已签名的版本…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Read {done} of {total}</source>
        <translation>已读取 {done} / {total}</translation>
    </message>
    <message>
        <source>Downloaded {done} of {total}</source>
        <translation>已下载 {done} / {total}</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — 已暂停</translation>
    </message>
    <message>
        <source>{step}… (this cannot be paused; Cancel keeps the old catalogue)</source>
        <translation>{step}…（此步骤无法暂停；点“取消”会保留原有的资料目录）</translation>
    </message>
</context>
<context>
    <name>UpdateSettingsDialog</name>
    <message>
        <source>{source}: only https:// and http:// addresses, folders and .zip files work.</source>
        <translation>{source}：只能使用 https:// 和 http:// 地址、文件夹和 .zip 文件。</translation>
    </message>
    <message>
        <source>The proxy must look like http://proxy.example:3128 (or be empty).</source>
        <translation>代理格式应为 http://proxy.example:3128（或留空）。</translation>
    </message>
    <message>
        <source>RefDesk — update settings</source>
        <translation>RefDesk — 更新设置</translation>
    </message>
    <message>
        <source>Update settings</source>
        <translation>更新设置</translation>
    </message>
    <message>
        <source>Update sources, proxy and automatic checks</source>
        <translation>更新来源、代理和自动检查</translation>
    </message>
    <message>
        <source>RefDesk connects to the network only to fetch signed catalogue updates from these sources, and only when you ask it to, or at start if you allow that below.</source>
        <translation>RefDesk 联网只是为了从这些来源获取已签名的资料目录更新，而且只在您要求时联网，或在您于下方允许的情况下于启动时联网。</translation>
    </message>
    <message>
        <source>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</source>
        <translation>https://updates.example.org/refdesk
https://mirror.example.net/refdesk</translation>
    </message>
    <message>
        <source>Update sources</source>
        <translation>更新来源</translation>
    </message>
    <message>
        <source>One per line, tried in order: https:// addresses (the first is the publisher, the others mirrors), folders or .zip bundles</source>
        <translation>每行一个，按顺序尝试：https:// 地址（第一个为发布机构，其余为镜像）、文件夹或 .zip 更新包</translation>
    </message>
    <message>
        <source>&amp;Sources (one per line):</source>
        <translation>更新来源（每行一个）(&amp;S)：</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 — empty connects directly</source>
        <translation>http://proxy.example:3128 — 留空则直接连接</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>An http:// or https:// proxy for update requests; empty for none</source>
        <translation>用于更新请求的 http:// 或 https:// 代理；留空表示不使用代理</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Check for updates when RefDesk starts</source>
        <translation>RefDesk 启动时检查更新(&amp;C)</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>启动时检查更新</translation>
    </message>
    <message>
        <source>Only on a connection the system reports as not metered; never when that is unknown</source>
        <translation>仅在系统报告为不按流量计费的连接上检查；无法确定时不检查</translation>
    </message>
    <message>
        <source>Never on a metered connection, nor when the system cannot tell.</source>
        <translation>在按流量计费的连接上，或系统无法判断时，不会检查。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Network log…</source>
        <translation>网络日志…</translation>
    </message>
    <message>
        <source>Every request RefDesk sent (Ctrl+Shift+L)</source>
        <translation>RefDesk 发出的每一个请求 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check and keep these settings</source>
        <translation>检查并保存这些设置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>关闭，不保存</translation>
    </message>
</context>
<context>
    <name>UpdateUi</name>
    <message>
        <source>Import an update bundle</source>
        <translation>导入更新包</translation>
    </message>
    <message>
        <source>Import an update folder</source>
        <translation>导入更新文件夹</translation>
    </message>
    <message>
        <source>RefDesk — {title}</source>
        <translation>RefDesk — {title}</translation>
    </message>
    <message>
        <source>A .zip update bundle or a repository folder, e.g. on a USB stick</source>
        <translation>.zip 更新包或更新库文件夹，例如在 U 盘上</translation>
    </message>
    <message>
        <source>Update bundles (*.zip)</source>
        <translation>更新包 (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Export an update bundle</source>
        <translation>导出更新包</translation>
    </message>
    <message>
        <source>Where to save the .zip bundle, e.g. on a USB stick for other laptops</source>
        <translation>.zip 更新包的保存位置，例如 U 盘，供其他电脑使用</translation>
    </message>
    <message>
        <source>Exporting the catalogue to {file}…</source>
        <translation>正在将资料目录导出到 {file}…</translation>
    </message>
    <message>
        <source>Exporting the catalogue: {percent}%</source>
        <translation>正在导出资料目录：{percent}%</translation>
    </message>
    <message>
        <source>Saved version {version} of “{title}” to {file} ({size}).

Other laptops install it with Updates › Import update from file…, until {date}; after that date they will refuse it, and a new bundle has to be exported after checking for updates online.</source>
        <translation>已将“{title}”的版本 {version} 保存到 {file}（{size}）。

在 {date} 之前，其他电脑可通过“更新 › 从文件导入更新…”安装它；过了该日期，它们将拒绝此更新包，须先联网检查更新，再导出新的更新包。</translation>
    </message>
    <message>
        <source>Update bundle saved: {file}</source>
        <translation>更新包已保存：{file}</translation>
    </message>
    <message>
        <source>Export update bundle</source>
        <translation>导出更新包</translation>
    </message>
    <message>
        <source>Update settings saved.</source>
        <translation>更新设置已保存。</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Downloading… {done} of {total}</source>
        <translation>正在下载… {done} / {total}</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version {version}).</source>
        <translation>资料目录已是最新（版本 {version}）。</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>新增 {added} 份，更改 {changed} 份，移除 {removed} 份</translation>
    </message>
    <message>
        <source>changes counted once it is downloaded</source>
        <translation>下载完成后才会统计变更</translation>
    </message>
    <message>
        <source>version {version}</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <extracomment>Fills {start} in &quot;Version {version} is available ({start} now)…&quot;</extracomment>
        <translation>尚未安装</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (delta update).</source>
        <translation>版本 {version} 已可用（当前：{start}）：{changes}；需下载 {size}（增量更新）。</translation>
    </message>
    <message>
        <source>Version {version} is available ({start} now): {changes}; {size} to download (full update).</source>
        <translation>版本 {version} 已可用（当前：{start}）：{changes}；需下载 {size}（完整更新）。</translation>
    </message>
    <message>
        <source>Updated to version {version}: {changes}; downloaded {size}.</source>
        <translation>已更新到版本 {version}：{changes}；已下载 {size}。</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
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
        <translation>正在读取资料目录源</translation>
    </message>
    <message>
        <source>Writing the catalogue database</source>
        <translation>正在写入资料目录数据库</translation>
    </message>
    <message>
        <source>Indexing every page</source>
        <translation>正在为每一页建立索引</translation>
    </message>
    <message>
        <source>Copying the installed catalogue</source>
        <translation>正在复制已安装的资料目录</translation>
    </message>
    <message>
        <source>Applying the changes</source>
        <translation>正在应用更改</translation>
    </message>
    <message>
        <source>Storing documents</source>
        <translation>正在存储文档</translation>
    </message>
    <message>
        <source>Verifying the new catalogue</source>
        <translation>正在校验新的资料目录</translation>
    </message>
    <message>
        <source>{file}: an update bundle&apos;s file name must end in .zip.</source>
        <translation>{file}：更新包的文件名必须以 .zip 结尾。</translation>
    </message>
    <message>
        <source>No catalogue is installed yet, so there is nothing to export.</source>
        <translation>尚未安装资料目录，因此没有可导出的内容。</translation>
    </message>
    <message>
        <source>The publisher&apos;s signature on this catalogue expired on {date}; other laptops would refuse the bundle. Check for updates while online, then export again.</source>
        <translation>发布机构对此资料目录的签名已于 {date} 过期；其他电脑会拒绝该更新包。请联网检查更新，然后重新导出。</translation>
    </message>
    <message>
        <source>This laptop last verified version {verified} of the catalogue but has version {installed} installed. Finish the update (Check for updates), then export.</source>
        <translation>这台电脑上次校验的是资料目录版本 {verified}，但已安装的是版本 {installed}。请先完成更新（检查更新），然后再导出。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the catalogue&apos;s documents are missing from {folder}; reinstall the catalogue (Import update) before exporting it.</source>
        <translation>
            <numerusform>{folder} 中缺少资料目录的 %n 个文档；请先重新安装资料目录（导入更新），再进行导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>not TUF metadata</source>
        <translation>不是 TUF 元数据</translation>
    </message>
    <message>
        <source>This laptop&apos;s catalogue was not installed from a signed release, so it cannot vouch for it; install or update the catalogue from the publisher first.</source>
        <translation>这台电脑上的资料目录不是从已签名的版本安装的，因此无法为其担保；请先从发布机构安装或更新资料目录。</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check for updates to repair the trust store, then export.</source>
        <translation>无法读取 {path}（{reason}）；请检查更新以修复信任存储，然后再导出。</translation>
    </message>
    <message>
        <source>The signed release file of the installed catalogue is not on this laptop (it was installed by an older RefDesk, or an update was checked but not installed). Check for updates while online, install what is offered, then export again.</source>
        <translation>这台电脑上没有已安装资料目录的已签名版本文件（该目录由旧版 RefDesk 安装，或者检查过更新但未安装）。请联网检查更新，安装提供的更新，然后重新导出。</translation>
    </message>
    <message>
        <source>The trust store and the release file disagree about the catalogue snapshot; check for updates while online, then export again.</source>
        <translation>信任存储与版本文件中的资料目录快照信息不一致；请联网检查更新，然后重新导出。</translation>
    </message>
    <message>
        <source>The installed catalogue cannot be turned back into the exact file the publisher signed (it may have been written by a different RefDesk). Check for updates while online and export again, or ask the publisher for a bundle (&apos;refdesk publish bundle&apos;).</source>
        <translation>无法将已安装的资料目录还原为发布机构签名的原始文件（它可能是由其他版本的 RefDesk 写入的）。请联网检查更新后重新导出，或向发布机构索取更新包（&apos;refdesk publish bundle&apos;）。</translation>
    </message>
    <message>
        <source>The document {name} on this laptop is damaged (its contents no longer match the publisher&apos;s signature); reinstall the catalogue before exporting it.</source>
        <translation>这台电脑上的文档 {name} 已损坏（其内容与发布机构的签名不再相符）；请先重新安装资料目录，再进行导出。</translation>
    </message>
    <message>
        <source>not a release.json</source>
        <translation>不是 release.json</translation>
    </message>
    <message>
        <source>This catalogue release needs a newer RefDesk; install the newer version of the app.</source>
        <translation>此资料目录版本需要更高版本的 RefDesk；请安装新版应用。</translation>
    </message>
    <message>
        <source>The release description (release.json) is malformed ({reason}).</source>
        <translation>版本说明文件 (release.json) 格式错误（{reason}）。</translation>
    </message>
    <message>
        <source>No update source: give --source URL_OR_PATH (or save sources in the settings).</source>
        <translation>没有更新来源：请指定 --source URL_OR_PATH（或在设置中保存更新来源）。</translation>
    </message>
    <message>
        <source>Checking {source}</source>
        <translation>正在检查 {source}</translation>
    </message>
    <message>
        <source>This laptop already trusts a different publisher; a new root of trust is accepted only through the publisher&apos;s signed root chain.</source>
        <translation>这台电脑已信任另一个发布机构；只有通过发布机构已签名的根链，才会接受新的信任根。</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher&apos;s root.json.</source>
        <translation>尚未信任任何发布机构：请用 --trust ROOT_JSON 指定发布机构的 root.json。</translation>
    </message>
    <message>
        <source>{source} publishes no catalogue release (no release.json).</source>
        <translation>{source} 未发布任何资料目录版本（没有 release.json）。</translation>
    </message>
    <message>
        <source>{source} offers version {version} of the catalogue, older than the installed version {installed}; it was refused.</source>
        <translation>{source} 提供的资料目录版本 {version} 比已安装的版本 {installed} 旧；已拒绝。</translation>
    </message>
    <message>
        <source>Downloading</source>
        <extracomment>A step of an update, shown with &quot;…&quot; after it while the files arrive.</extracomment>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>release.json names {name}, which the signed targets do not list with the same hash and length; nothing was applied.</source>
        <translation>release.json 列出的 {name} 在已签名的目标文件（targets）中没有相同哈希值和长度的记录；未应用任何更改。</translation>
    </message>
    <message>
        <source>The update&apos;s delta is not for the release it was signed in.</source>
        <translation>此更新的增量与签署它的版本不对应。</translation>
    </message>
    <message>
        <source>The update&apos;s snapshot is not for the release it was signed in.</source>
        <translation>此更新的快照与签署它的版本不对应。</translation>
    </message>
    <message>
        <source>The given root of trust is not a valid, self-signed TUF root ({reason}).</source>
        <translation>所提供的信任根不是有效的自签名 TUF 根（{reason}）。</translation>
    </message>
    <message>
        <source>its signed metadata has expired (a frozen mirror, or an old bundle)</source>
        <translation>其已签名的元数据已过期（镜像已停止更新，或更新包过旧）</translation>
    </message>
    <message>
        <source>it is older than what this laptop already trusts</source>
        <translation>它比这台电脑已信任的版本更旧</translation>
    </message>
    <message>
        <source>it is not signed by the publisher&apos;s keys</source>
        <translation>它不是用发布机构的密钥签名的</translation>
    </message>
    <message>
        <source>a file does not match what the publisher signed (tampered or damaged)</source>
        <translation>有文件与发布机构签名的内容不符（被篡改或已损坏）</translation>
    </message>
    <message>
        <source>a file is longer than the publisher signed</source>
        <translation>有文件超出了发布机构签名的长度</translation>
    </message>
    <message>
        <source>The update from {source} was refused: {reason}. Nothing was applied.</source>
        <translation>来自 {source} 的更新被拒绝：{reason}。未应用任何更改。</translation>
    </message>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>没有可用的更新来源（{detail}）。请检查网络连接或 U 盘，然后重试。</translation>
    </message>
    <message>
        <source>{source} is neither a repository folder nor a .zip update bundle.</source>
        <translation>{source} 既不是更新库文件夹，也不是 .zip 更新包。</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>{source} 不存在（请指定 https:// 地址、文件夹或 .zip 更新包）。</translation>
    </message>
    <message>
        <source>{url} answered {status}</source>
        <translation>{url} 返回了 {status}</translation>
    </message>
    <message>
        <source>The connection to {url} kept dropping.</source>
        <translation>与 {url} 的连接反复中断。</translation>
    </message>
    <message>
        <source>{url} sent more than the {length} bytes its signed length allows.</source>
        <translation>{url} 发送的数据超过了签名长度允许的 {length} 字节。</translation>
    </message>
    <message>
        <source>{url} redirects too many times.</source>
        <translation>{url} 重定向次数过多。</translation>
    </message>
    <message>
        <source>{url} did not answer in time.</source>
        <translation>{url} 未及时响应。</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({reason}).</source>
        <translation>无法连接到 {url}（{reason}）。</translation>
    </message>
    <message>
        <source>{url} stalled.</source>
        <translation>{url} 的传输停滞了。</translation>
    </message>
    <message>
        <source>The connection to {url} dropped ({reason}).</source>
        <translation>与 {url} 的连接已中断（{reason}）。</translation>
    </message>
    <message>
        <source>{source} is not a readable update bundle ({reason}).</source>
        <translation>{source} 不是可读取的更新包（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is not in {source}</source>
        <translation>{source} 中没有 {name}</translation>
    </message>
    <message>
        <source>{name} cannot be read from {source} ({reason}).</source>
        <translation>无法从 {source} 读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>UpdatesController</name>
    <message>
        <source>Version {version} of the catalogue is available ({size}): Updates ▸ Check for updates (Ctrl+U).</source>
        <translation>资料目录版本 {version} 已可用（{size}）：更新 ▸ 检查更新 (Ctrl+U)。</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的合集。</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>名为“{name}”的合集已存在。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export ({reason}).</source>
        <translation>{path} 不是 RefDesk 用户数据导出文件（{reason}）。</translation>
    </message>
    <message>
        <source>{path} is not a RefDesk user-data export.</source>
        <translation>{path} 不是 RefDesk 用户数据导出文件。</translation>
    </message>
    <message>
        <source>{path} was exported by a newer RefDesk; update the app first.</source>
        <translation>{path} 是由更高版本的 RefDesk 导出的；请先更新应用。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was imported.</source>
        <translation>{path} 已损坏（{reason}）；未导入任何内容。</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>合集需要有名称。</translation>
    </message>
    <message>
        <source>Your user data {path} cannot be read ({reason}); it was left untouched. Move it aside to start afresh, or restore it from an export.</source>
        <translation>无法读取您的用户数据 {path}（{reason}）；该文件未被改动。可将其移到别处以重新开始，或从导出文件中恢复。</translation>
    </message>
    <message>
        <source>{path} was written by a newer RefDesk (user data version {version}, this app reads up to {supported}); install the newer version. Nothing was changed.</source>
        <translation>{path} 是由更高版本的 RefDesk 写入的（用户数据版本 {version}，本应用最高只能读取版本 {supported}）；请安装新版。未做任何更改。</translation>
    </message>
    <message>
        <source>Your user data {path} could not be saved ({reason}).</source>
        <translation>无法保存您的用户数据 {path}（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Indicators and checklists</source>
        <translation>指标和核查清单</translation>
    </message>
    <message>
        <source>Screening tool</source>
        <translation>筛查工具</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Handbook or toolkit</source>
        <translation>手册或工具包</translation>
    </message>
    <message>
        <source>Standard operating procedure</source>
        <translation>标准操作程序</translation>
    </message>
    <message>
        <source>Training curriculum</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Referral tool or directory</source>
        <translation>转介工具或名录</translation>
    </message>
    <message>
        <source>Digital tool</source>
        <translation>数字工具</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法论</translation>
    </message>
    <message>
        <source>Policy</source>
        <extracomment>Label in the bundled catalogue of the topic policy</extracomment>
        <translation>政策</translation>
    </message>
    <message>
        <source>Data standard</source>
        <translation>数据标准</translation>
    </message>
    <message>
        <source>Awareness material</source>
        <translation>宣传材料</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>东南亚</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>南亚</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>东亚</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>中亚</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Greater Mekong</source>
        <translation>大湄公河次区域</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>太平洋</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>中东</translation>
    </message>
    <message>
        <source>Age assessment</source>
        <extracomment>Label in the bundled catalogue of the topic age-assessment</extracomment>
        <translation>年龄评估</translation>
    </message>
    <message>
        <source>Asylum and trafficking nexus</source>
        <extracomment>Label in the bundled catalogue of the topic asylum-trafficking-nexus</extracomment>
        <translation>庇护与人口贩运的关联</translation>
    </message>
    <message>
        <source>Barriers to identification</source>
        <extracomment>Label in the bundled catalogue of the topic barriers</extracomment>
        <translation>识别障碍</translation>
    </message>
    <message>
        <source>Bonded labour</source>
        <extracomment>Label in the bundled catalogue of the topic bonded-labour</extracomment>
        <translation>抵债劳动</translation>
    </message>
    <message>
        <source>Boys</source>
        <extracomment>Label in the bundled catalogue of the topic boys</extracomment>
        <translation>男童</translation>
    </message>
    <message>
        <source>Case data</source>
        <extracomment>Label in the bundled catalogue of the topic case-data</extracomment>
        <translation>个案数据</translation>
    </message>
    <message>
        <source>Case documentation</source>
        <extracomment>Label in the bundled catalogue of the topic case-documentation</extracomment>
        <translation>个案记录</translation>
    </message>
    <message>
        <source>Case management</source>
        <extracomment>Label in the bundled catalogue of the topic case-management</extracomment>
        <translation>个案管理</translation>
    </message>
    <message>
        <source>Case records</source>
        <extracomment>Label in the bundled catalogue of the topic case-records</extracomment>
        <translation>个案档案</translation>
    </message>
    <message>
        <source>Case stories</source>
        <extracomment>Label in the bundled catalogue of the topic case-stories</extracomment>
        <translation>个案故事</translation>
    </message>
    <message>
        <source>Checklists</source>
        <extracomment>Label in the bundled catalogue of the topic checklists</extracomment>
        <translation>核查清单</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-criminal-exploitation</extracomment>
        <translation>利用儿童犯罪</translation>
    </message>
    <message>
        <source>Interviewing children</source>
        <extracomment>Label in the bundled catalogue of the topic child-interview-techniques</extracomment>
        <translation>与儿童面谈</translation>
    </message>
    <message>
        <source>Child labour</source>
        <extracomment>Label in the bundled catalogue of the topic child-labour</extracomment>
        <translation>童工</translation>
    </message>
    <message>
        <source>Child protection</source>
        <extracomment>Label in the bundled catalogue of the topic child-protection</extracomment>
        <translation>儿童保护</translation>
    </message>
    <message>
        <source>Child rights</source>
        <extracomment>Label in the bundled catalogue of the topic child-rights</extracomment>
        <translation>儿童权利</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic child-sexual-exploitation</extracomment>
        <translation>儿童性剥削</translation>
    </message>
    <message>
        <source>Child trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic child-trafficking</extracomment>
        <translation>儿童贩运</translation>
    </message>
    <message>
        <source>Child victims</source>
        <extracomment>Label in the bundled catalogue of the topic child-victims</extracomment>
        <translation>儿童受害人</translation>
    </message>
    <message>
        <source>Coercion</source>
        <extracomment>Label in the bundled catalogue of the topic coercion</extracomment>
        <translation>胁迫</translation>
    </message>
    <message>
        <source>Community-level response</source>
        <extracomment>Label in the bundled catalogue of the topic community-level-response</extracomment>
        <translation>社区层面应对</translation>
    </message>
    <message>
        <source>Community policing</source>
        <extracomment>Label in the bundled catalogue of the topic community-policing</extracomment>
        <translation>社区警务</translation>
    </message>
    <message>
        <source>Compensation</source>
        <extracomment>Label in the bundled catalogue of the topic compensation</extracomment>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>Label in the bundled catalogue of the topic complaints</extracomment>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <extracomment>Label in the bundled catalogue of the topic confidentiality</extracomment>
        <translation>保密</translation>
    </message>
    <message>
        <source>Cooperation with law enforcement</source>
        <extracomment>Label in the bundled catalogue of the topic cooperation-with-law-enforcement</extracomment>
        <translation>与执法部门合作</translation>
    </message>
    <message>
        <source>Counter-trafficking committees</source>
        <extracomment>Label in the bundled catalogue of the topic counter-trafficking-committees</extracomment>
        <translation>反人口贩运委员会</translation>
    </message>
    <message>
        <source>Cross-border trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic cross-border-trafficking</extracomment>
        <translation>跨境贩运</translation>
    </message>
    <message>
        <source>Data collection</source>
        <extracomment>Label in the bundled catalogue of the topic data-collection</extracomment>
        <translation>数据收集</translation>
    </message>
    <message>
        <source>Debt</source>
        <extracomment>Label in the bundled catalogue of the topic debt</extracomment>
        <translation>债务</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <extracomment>Label in the bundled catalogue of the topic debt-bondage</extracomment>
        <translation>债务奴役</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-work</extracomment>
        <translation>家政工作</translation>
    </message>
    <message>
        <source>Domestic workers</source>
        <extracomment>Label in the bundled catalogue of the topic domestic-workers</extracomment>
        <translation>家政工人</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <extracomment>Label in the bundled catalogue of the topic due-diligence</extracomment>
        <translation>尽职调查</translation>
    </message>
    <message>
        <source>Education</source>
        <extracomment>Label in the bundled catalogue of the topic education</extracomment>
        <translation>教育</translation>
    </message>
    <message>
        <source>Ethical interviewing</source>
        <extracomment>Label in the bundled catalogue of the topic ethical-interviewing</extracomment>
        <translation>合乎伦理的面谈</translation>
    </message>
    <message>
        <source>Ethics</source>
        <extracomment>Label in the bundled catalogue of the topic ethics</extracomment>
        <translation>伦理</translation>
    </message>
    <message>
        <source>First contact</source>
        <extracomment>Label in the bundled catalogue of the topic first-contact</extracomment>
        <translation>初次接触</translation>
    </message>
    <message>
        <source>First response</source>
        <extracomment>Label in the bundled catalogue of the topic first-response</extracomment>
        <translation>初步应对</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Label in the bundled catalogue of the topic fishing</extracomment>
        <translation>渔业</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <extracomment>Label in the bundled catalogue of the topic forced-criminality</extracomment>
        <translation>强迫犯罪</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour</extracomment>
        <translation>强迫劳动</translation>
    </message>
    <message>
        <source>Forced labour risk</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-risk</extracomment>
        <translation>强迫劳动风险</translation>
    </message>
    <message>
        <source>Forced labour screening</source>
        <extracomment>Label in the bundled catalogue of the topic forced-labour-screening</extracomment>
        <translation>强迫劳动筛查</translation>
    </message>
    <message>
        <source>Forms and templates</source>
        <extracomment>Label in the bundled catalogue of the topic forms</extracomment>
        <translation>表格和模板</translation>
    </message>
    <message>
        <source>Frontline capacity</source>
        <extracomment>Label in the bundled catalogue of the topic frontline-capacity</extracomment>
        <translation>一线能力建设</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Label in the bundled catalogue of the topic gender</extracomment>
        <translation>性别</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Label in the bundled catalogue of the topic health</extracomment>
        <translation>健康</translation>
    </message>
    <message>
        <source>Human rights</source>
        <extracomment>Label in the bundled catalogue of the topic human-rights</extracomment>
        <translation>人权</translation>
    </message>
    <message>
        <source>Humanitarian protection</source>
        <extracomment>Label in the bundled catalogue of the topic humanitarian-protection</extracomment>
        <translation>人道主义保护</translation>
    </message>
    <message>
        <source>Mapping of identification tools</source>
        <extracomment>Label in the bundled catalogue of the topic identification-tools-mapping</extracomment>
        <translation>识别工具梳理</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <extracomment>Label in the bundled catalogue of the topic identity-documents</extracomment>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>Label in the bundled catalogue of the topic indicators</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <extracomment>Label in the bundled catalogue of the topic informed-consent</extracomment>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Inter-state coordination</source>
        <extracomment>Label in the bundled catalogue of the topic inter-state-coordination</extracomment>
        <translation>国家间协调</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <extracomment>Label in the bundled catalogue of the topic interoperability</extracomment>
        <translation>互操作性</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>Label in the bundled catalogue of the topic interpreters; the audience interpreters</extracomment>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <extracomment>Label in the bundled catalogue of the topic interview-questions</extracomment>
        <translation>面谈问题</translation>
    </message>
    <message>
        <source>Investigation</source>
        <extracomment>Label in the bundled catalogue of the topic investigation</extracomment>
        <translation>调查</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic labour-exploitation</extracomment>
        <translation>劳动剥削</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <extracomment>Label in the bundled catalogue of the topic labour-inspection</extracomment>
        <translation>劳动监察</translation>
    </message>
    <message>
        <source>Labour migration</source>
        <extracomment>Label in the bundled catalogue of the topic labour-migration</extracomment>
        <translation>劳务移民</translation>
    </message>
    <message>
        <source>Labour trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic labour-trafficking</extracomment>
        <translation>劳工贩运</translation>
    </message>
    <message>
        <source>Language assistance</source>
        <extracomment>Label in the bundled catalogue of the topic language-assistance</extracomment>
        <translation>语言协助</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <extracomment>Label in the bundled catalogue of the topic legal-aid</extracomment>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Legal framework</source>
        <extracomment>Label in the bundled catalogue of the topic legal-framework</extracomment>
        <translation>法律框架</translation>
    </message>
    <message>
        <source>Measurement</source>
        <extracomment>Label in the bundled catalogue of the topic measurement</extracomment>
        <translation>测量</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <extracomment>Label in the bundled catalogue of the topic medical-examination</extracomment>
        <translation>医学检查</translation>
    </message>
    <message>
        <source>Men and boys</source>
        <extracomment>Label in the bundled catalogue of the topic men-and-boys</extracomment>
        <translation>男性和男童</translation>
    </message>
    <message>
        <source>Methods of control</source>
        <extracomment>Label in the bundled catalogue of the topic methods-of-control</extracomment>
        <translation>控制手段</translation>
    </message>
    <message>
        <source>Migrant vulnerability</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-vulnerability</extracomment>
        <translation>移民的脆弱性</translation>
    </message>
    <message>
        <source>Migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic migrant-workers</extracomment>
        <translation>移民工人</translation>
    </message>
    <message>
        <source>Migration routes</source>
        <extracomment>Label in the bundled catalogue of the topic migration-routes</extracomment>
        <translation>移民路线</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <extracomment>Label in the bundled catalogue of the topic misconceptions</extracomment>
        <translation>常见误解</translation>
    </message>
    <message>
        <source>Missing persons</source>
        <extracomment>Label in the bundled catalogue of the topic missing-persons</extracomment>
        <translation>失踪人员</translation>
    </message>
    <message>
        <source>Mixed migration</source>
        <extracomment>Label in the bundled catalogue of the topic mixed-migration</extracomment>
        <translation>混合移民</translation>
    </message>
    <message>
        <source>Modern slavery</source>
        <extracomment>Label in the bundled catalogue of the topic modern-slavery</extracomment>
        <translation>现代奴役</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>Label in the bundled catalogue of the topic monitoring</extracomment>
        <translation>监测</translation>
    </message>
    <message>
        <source>National referral mechanisms (NRMs)</source>
        <extracomment>Label in the bundled catalogue of the topic national-referral-mechanisms</extracomment>
        <translation>国家转介机制（NRMs）</translation>
    </message>
    <message>
        <source>National responses</source>
        <extracomment>Label in the bundled catalogue of the topic national-responses</extracomment>
        <translation>各国应对</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <extracomment>Label in the bundled catalogue of the topic needs-assessment</extracomment>
        <translation>需求评估</translation>
    </message>
    <message>
        <source>Non-criminalisation</source>
        <extracomment>Label in the bundled catalogue of the topic non-criminalization</extracomment>
        <translation>不予刑事定罪</translation>
    </message>
    <message>
        <source>Non-identification</source>
        <extracomment>Label in the bundled catalogue of the topic non-identification</extracomment>
        <translation>未被识别</translation>
    </message>
    <message>
        <source>Non-punishment principle</source>
        <extracomment>Label in the bundled catalogue of the topic non-punishment</extracomment>
        <translation>不惩罚原则</translation>
    </message>
    <message>
        <source>Occupational safety and health</source>
        <extracomment>Label in the bundled catalogue of the topic occupational-health</extracomment>
        <translation>职业安全与健康</translation>
    </message>
    <message>
        <source>Online child sexual exploitation and abuse (OCSEA)</source>
        <extracomment>Label in the bundled catalogue of the topic ocsea</extracomment>
        <translation>网络儿童性剥削和性虐待（OCSEA）</translation>
    </message>
    <message>
        <source>Online scam centres</source>
        <extracomment>Label in the bundled catalogue of the topic online-scam-centres</extracomment>
        <translation>网络诈骗园区</translation>
    </message>
    <message>
        <source>Placement fees</source>
        <extracomment>Label in the bundled catalogue of the topic placement-fees</extracomment>
        <translation>中介费</translation>
    </message>
    <message>
        <source>Post-rescue care</source>
        <extracomment>Label in the bundled catalogue of the topic post-rescue-care</extracomment>
        <translation>解救后照护</translation>
    </message>
    <message>
        <source>Post-trafficking services</source>
        <extracomment>Label in the bundled catalogue of the topic post-trafficking-services</extracomment>
        <translation>脱离贩运后的服务</translation>
    </message>
    <message>
        <source>Prevention</source>
        <extracomment>Label in the bundled catalogue of the topic prevention</extracomment>
        <translation>预防</translation>
    </message>
    <message>
        <source>Prison labour</source>
        <extracomment>Label in the bundled catalogue of the topic prison-labour</extracomment>
        <translation>监狱劳动</translation>
    </message>
    <message>
        <source>Privacy</source>
        <extracomment>Label in the bundled catalogue of the topic privacy</extracomment>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Programme design</source>
        <extracomment>Label in the bundled catalogue of the topic programming</extracomment>
        <translation>项目设计</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <extracomment>Label in the bundled catalogue of the topic prosecution</extracomment>
        <translation>起诉</translation>
    </message>
    <message>
        <source>Receipt and repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic receipt-and-repatriation</extracomment>
        <translation>接收和遣返</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Label in the bundled catalogue of the topic recovery</extracomment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment</extracomment>
        <translation>招募</translation>
    </message>
    <message>
        <source>Recruitment fees</source>
        <extracomment>Label in the bundled catalogue of the topic recruitment-fees</extracomment>
        <translation>招聘费用</translation>
    </message>
    <message>
        <source>Referral</source>
        <extracomment>Label in the bundled catalogue of the topic referral</extracomment>
        <translation>转介</translation>
    </message>
    <message>
        <source>Referral contacts</source>
        <extracomment>Label in the bundled catalogue of the topic referral-contacts</extracomment>
        <translation>转介联系人</translation>
    </message>
    <message>
        <source>Referral information</source>
        <extracomment>Label in the bundled catalogue of the topic referral-information</extracomment>
        <translation>转介信息</translation>
    </message>
    <message>
        <source>Referral to services</source>
        <extracomment>Label in the bundled catalogue of the topic referral-to-services</extracomment>
        <translation>转介至服务机构</translation>
    </message>
    <message>
        <source>Regional cooperation</source>
        <extracomment>Label in the bundled catalogue of the topic regional-cooperation</extracomment>
        <translation>区域合作</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <extracomment>Label in the bundled catalogue of the topic rehabilitation</extracomment>
        <translation>康复</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic reintegration</extracomment>
        <translation>重返社会</translation>
    </message>
    <message>
        <source>Remedies and redress</source>
        <extracomment>Label in the bundled catalogue of the topic remedies</extracomment>
        <translation>救济和补救</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <extracomment>Label in the bundled catalogue of the topic repatriation</extracomment>
        <translation>遣返</translation>
    </message>
    <message>
        <source>Reporting</source>
        <extracomment>Label in the bundled catalogue of the topic reporting</extracomment>
        <translation>报告</translation>
    </message>
    <message>
        <source>Reporting mechanisms</source>
        <extracomment>Label in the bundled catalogue of the topic reporting-mechanisms</extracomment>
        <translation>举报机制</translation>
    </message>
    <message>
        <source>Rescue</source>
        <extracomment>Label in the bundled catalogue of the topic rescue</extracomment>
        <translation>解救</translation>
    </message>
    <message>
        <source>Rescue planning</source>
        <extracomment>Label in the bundled catalogue of the topic rescue-planning</extracomment>
        <translation>解救计划</translation>
    </message>
    <message>
        <source>Research ethics</source>
        <extracomment>Label in the bundled catalogue of the topic research-ethics</extracomment>
        <translation>研究伦理</translation>
    </message>
    <message>
        <source>Responsible data</source>
        <extracomment>Label in the bundled catalogue of the topic responsible-data</extracomment>
        <translation>负责任的数据使用</translation>
    </message>
    <message>
        <source>Return and reintegration</source>
        <extracomment>Label in the bundled catalogue of the topic return-and-reintegration</extracomment>
        <translation>返回和重返社会</translation>
    </message>
    <message>
        <source>Safe response</source>
        <extracomment>Label in the bundled catalogue of the topic safe-response</extracomment>
        <translation>安全应对</translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Label in the bundled catalogue of the topic safety</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <source>Screening</source>
        <extracomment>Label in the bundled catalogue of the topic screening</extracomment>
        <translation>筛查</translation>
    </message>
    <message>
        <source>Screening forms</source>
        <extracomment>Label in the bundled catalogue of the topic screening-forms</extracomment>
        <translation>筛查表格</translation>
    </message>
    <message>
        <source>Screening interview</source>
        <extracomment>Label in the bundled catalogue of the topic screening-interview</extracomment>
        <translation>筛查面谈</translation>
    </message>
    <message>
        <source>Screening tools</source>
        <extracomment>Label in the bundled catalogue of the topic screening-tools</extracomment>
        <translation>筛查工具</translation>
    </message>
    <message>
        <source>Seafood processing</source>
        <extracomment>Label in the bundled catalogue of the topic seafood-processing</extracomment>
        <translation>海产品加工</translation>
    </message>
    <message>
        <source>Self-identification</source>
        <extracomment>Label in the bundled catalogue of the topic self-identification</extracomment>
        <translation>自我识别</translation>
    </message>
    <message>
        <source>Self-reporting</source>
        <extracomment>Label in the bundled catalogue of the topic self-reporting</extracomment>
        <translation>自行报告</translation>
    </message>
    <message>
        <source>Service directory</source>
        <extracomment>Label in the bundled catalogue of the topic service-directory</extracomment>
        <translation>服务名录</translation>
    </message>
    <message>
        <source>Sex trafficking</source>
        <extracomment>Label in the bundled catalogue of the topic sex-trafficking</extracomment>
        <translation>性贩运</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic sexual-exploitation</extracomment>
        <translation>性剥削</translation>
    </message>
    <message>
        <source>Shelter</source>
        <extracomment>Label in the bundled catalogue of the topic shelter</extracomment>
        <translation>庇护所</translation>
    </message>
    <message>
        <source>Social audit</source>
        <extracomment>Label in the bundled catalogue of the topic social-audit</extracomment>
        <translation>社会责任审核</translation>
    </message>
    <message>
        <source>Youth of diverse sexual orientation, gender identity and expression (SOGIE)</source>
        <extracomment>Label in the bundled catalogue of the topic sogie-youth</extracomment>
        <translation>多元性倾向、性别认同和性别表达（SOGIE）青少年</translation>
    </message>
    <message>
        <source>Standard of evidence</source>
        <extracomment>Label in the bundled catalogue of the topic standard-of-evidence</extracomment>
        <translation>证据标准</translation>
    </message>
    <message>
        <source>State obligations</source>
        <extracomment>Label in the bundled catalogue of the topic state-obligations</extracomment>
        <translation>国家义务</translation>
    </message>
    <message>
        <source>Statutory duties</source>
        <extracomment>Label in the bundled catalogue of the topic statutory-duties</extracomment>
        <translation>法定职责</translation>
    </message>
    <message>
        <source>Street-involved children</source>
        <extracomment>Label in the bundled catalogue of the topic street-involved-children</extracomment>
        <translation>街头儿童</translation>
    </message>
    <message>
        <source>Supply chains</source>
        <extracomment>Label in the bundled catalogue of the topic supply-chains</extracomment>
        <translation>供应链</translation>
    </message>
    <message>
        <source>Surveys</source>
        <extracomment>Label in the bundled catalogue of the topic surveys</extracomment>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Survivor perspectives</source>
        <extracomment>Label in the bundled catalogue of the topic survivor-perspectives</extracomment>
        <translation>幸存者视角</translation>
    </message>
    <message>
        <source>Technical Intern Training Program (Japan)</source>
        <extracomment>Label in the bundled catalogue of the topic technical-intern-training-program</extracomment>
        <translation>技能实习制度（日本）</translation>
    </message>
    <message>
        <source>Terminology</source>
        <extracomment>Label in the bundled catalogue of the topic terminology</extracomment>
        <translation>术语</translation>
    </message>
    <message>
        <source>Trafficking (general)</source>
        <extracomment>Label in the bundled catalogue of the topic trafficking-general</extracomment>
        <translation>人口贩运（综合）</translation>
    </message>
    <message>
        <source>Trauma indicators</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-indicators</extracomment>
        <translation>创伤迹象</translation>
    </message>
    <message>
        <source>Trauma-informed care</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-care</extracomment>
        <translation>创伤知情照护</translation>
    </message>
    <message>
        <source>Trauma-informed practice</source>
        <extracomment>Label in the bundled catalogue of the topic trauma-informed-practice</extracomment>
        <translation>创伤知情实践</translation>
    </message>
    <message>
        <source>Travel and tourism</source>
        <extracomment>Label in the bundled catalogue of the topic travel-and-tourism</extracomment>
        <translation>旅行和旅游业</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <extracomment>Label in the bundled catalogue of the topic types-of-exploitation</extracomment>
        <translation>剥削类型</translation>
    </message>
    <message>
        <source>Unaccompanied and separated children</source>
        <extracomment>Label in the bundled catalogue of the topic unaccompanied-children</extracomment>
        <translation>无人陪伴和失散儿童</translation>
    </message>
    <message>
        <source>Victim assistance</source>
        <extracomment>Label in the bundled catalogue of the topic victim-assistance</extracomment>
        <translation>受害人援助</translation>
    </message>
    <message>
        <source>Victim-centred approach</source>
        <extracomment>Label in the bundled catalogue of the topic victim-centred-approach</extracomment>
        <translation>以受害人为中心的方法</translation>
    </message>
    <message>
        <source>Victim-friendly procedures</source>
        <extracomment>Label in the bundled catalogue of the topic victim-friendly-procedures</extracomment>
        <translation>对受害人友好的程序</translation>
    </message>
    <message>
        <source>Victim identification</source>
        <extracomment>Label in the bundled catalogue of the topic victim-identification</extracomment>
        <translation>受害人识别</translation>
    </message>
    <message>
        <source>Victim protection</source>
        <extracomment>Label in the bundled catalogue of the topic victim-protection</extracomment>
        <translation>受害人保护</translation>
    </message>
    <message>
        <source>Victim witnesses</source>
        <extracomment>Label in the bundled catalogue of the topic victim-witnesses</extracomment>
        <translation>受害人证人</translation>
    </message>
    <message>
        <source>Withholding of wages</source>
        <extracomment>Label in the bundled catalogue of the topic withholding-of-wages</extracomment>
        <translation>扣发工资</translation>
    </message>
    <message>
        <source>Women migrant workers</source>
        <extracomment>Label in the bundled catalogue of the topic women-migrant-workers</extracomment>
        <translation>女性移民工人</translation>
    </message>
    <message>
        <source>Women victims</source>
        <extracomment>Label in the bundled catalogue of the topic women-victims</extracomment>
        <translation>女性受害人</translation>
    </message>
    <message>
        <source>ASEAN government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience asean-government-agencies</extracomment>
        <translation>东盟政府机构</translation>
    </message>
    <message>
        <source>Border guards</source>
        <extracomment>Label in the bundled catalogue of the audience border-guards</extracomment>
        <translation>边防人员</translation>
    </message>
    <message>
        <source>Border officials</source>
        <extracomment>Label in the bundled catalogue of the audience border-officials</extracomment>
        <translation>边境官员</translation>
    </message>
    <message>
        <source>Border police</source>
        <extracomment>Label in the bundled catalogue of the audience border-police</extracomment>
        <translation>边境警察</translation>
    </message>
    <message>
        <source>Business</source>
        <extracomment>Label in the bundled catalogue of the audience business</extracomment>
        <translation>企业</translation>
    </message>
    <message>
        <source>Case managers</source>
        <extracomment>Label in the bundled catalogue of the audience case-managers</extracomment>
        <translation>个案管理员</translation>
    </message>
    <message>
        <source>Case workers</source>
        <extracomment>Label in the bundled catalogue of the audience case-workers</extracomment>
        <translation>个案工作者</translation>
    </message>
    <message>
        <source>Child protection workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-protection-workers</extracomment>
        <translation>儿童保护工作者</translation>
    </message>
    <message>
        <source>Child welfare agencies</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-agencies</extracomment>
        <translation>儿童福利机构</translation>
    </message>
    <message>
        <source>Child welfare committees</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-committees</extracomment>
        <translation>儿童福利委员会</translation>
    </message>
    <message>
        <source>Child welfare workers</source>
        <extracomment>Label in the bundled catalogue of the audience child-welfare-workers</extracomment>
        <translation>儿童福利工作者</translation>
    </message>
    <message>
        <source>Civil society</source>
        <extracomment>Label in the bundled catalogue of the audience civil-society</extracomment>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>Commune police</source>
        <extracomment>Label in the bundled catalogue of the audience commune-police</extracomment>
        <translation>乡级警察</translation>
    </message>
    <message>
        <source>Community monitors</source>
        <extracomment>Label in the bundled catalogue of the audience community-monitors</extracomment>
        <translation>社区监督员</translation>
    </message>
    <message>
        <source>Competent authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience competent-authority-staff</extracomment>
        <translation>主管机关工作人员</translation>
    </message>
    <message>
        <source>Compliance staff</source>
        <extracomment>Label in the bundled catalogue of the audience compliance-staff</extracomment>
        <translation>合规人员</translation>
    </message>
    <message>
        <source>Consular officials</source>
        <extracomment>Label in the bundled catalogue of the audience consular-officials</extracomment>
        <translation>领事官员</translation>
    </message>
    <message>
        <source>Criminal justice practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience criminal-justice-practitioners</extracomment>
        <translation>刑事司法从业人员</translation>
    </message>
    <message>
        <source>Data collection agencies</source>
        <extracomment>Label in the bundled catalogue of the audience data-collection-agencies</extracomment>
        <translation>数据收集机构</translation>
    </message>
    <message>
        <source>Educators</source>
        <extracomment>Label in the bundled catalogue of the audience educators</extracomment>
        <translation>教育工作者</translation>
    </message>
    <message>
        <source>Employers</source>
        <extracomment>Label in the bundled catalogue of the audience employers</extracomment>
        <translation>雇主</translation>
    </message>
    <message>
        <source>Employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience employers-organisations</extracomment>
        <translation>雇主组织</translation>
    </message>
    <message>
        <source>Enforcement agencies</source>
        <extracomment>Label in the bundled catalogue of the audience enforcement-agencies</extracomment>
        <translation>执法机构</translation>
    </message>
    <message>
        <source>First responders</source>
        <extracomment>Label in the bundled catalogue of the audience first-responders</extracomment>
        <translation>第一响应人员</translation>
    </message>
    <message>
        <source>Fisheries officers</source>
        <extracomment>Label in the bundled catalogue of the audience fisheries-officers</extracomment>
        <translation>渔业官员</translation>
    </message>
    <message>
        <source>Frontline actors</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-actors</extracomment>
        <translation>一线行动者</translation>
    </message>
    <message>
        <source>Frontline agencies</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-agencies</extracomment>
        <translation>一线机构</translation>
    </message>
    <message>
        <source>Frontline organisations</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-organisations</extracomment>
        <translation>一线组织</translation>
    </message>
    <message>
        <source>Frontline practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-practitioners</extracomment>
        <translation>一线从业人员</translation>
    </message>
    <message>
        <source>Frontline responders</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-responders</extracomment>
        <translation>一线应对人员</translation>
    </message>
    <message>
        <source>Frontline screening officers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-screening-officers</extracomment>
        <translation>一线筛查人员</translation>
    </message>
    <message>
        <source>Frontline staff (government, international organisations, NGOs)</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-staff-government-io-ngo</extracomment>
        <translation>一线工作人员（政府、国际组织、非政府组织）</translation>
    </message>
    <message>
        <source>Frontline support workers</source>
        <extracomment>Label in the bundled catalogue of the audience frontline-support-workers</extracomment>
        <translation>一线支助人员</translation>
    </message>
    <message>
        <source>General public</source>
        <extracomment>Label in the bundled catalogue of the audience general-public</extracomment>
        <translation>公众</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <extracomment>Label in the bundled catalogue of the audience government-agencies</extracomment>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Government officials</source>
        <extracomment>Label in the bundled catalogue of the audience government-officials</extracomment>
        <translation>政府官员</translation>
    </message>
    <message>
        <source>Government service providers</source>
        <extracomment>Label in the bundled catalogue of the audience government-service-providers</extracomment>
        <translation>政府服务提供方</translation>
    </message>
    <message>
        <source>Governments</source>
        <extracomment>Label in the bundled catalogue of the audience governments</extracomment>
        <translation>各国政府</translation>
    </message>
    <message>
        <source>Health and social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience health-and-social-service-providers</extracomment>
        <translation>卫生和社会服务提供方</translation>
    </message>
    <message>
        <source>Health workers</source>
        <extracomment>Label in the bundled catalogue of the audience health-workers</extracomment>
        <translation>卫生工作者</translation>
    </message>
    <message>
        <source>Helplines</source>
        <extracomment>Label in the bundled catalogue of the audience helplines</extracomment>
        <translation>求助热线</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <extracomment>Label in the bundled catalogue of the audience hospitals</extracomment>
        <translation>医院</translation>
    </message>
    <message>
        <source>HR staff</source>
        <extracomment>Label in the bundled catalogue of the audience hr-staff</extracomment>
        <translation>人力资源人员</translation>
    </message>
    <message>
        <source>Humanitarian actors</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-actors</extracomment>
        <translation>人道主义行动者</translation>
    </message>
    <message>
        <source>Humanitarian workers</source>
        <extracomment>Label in the bundled catalogue of the audience humanitarian-workers</extracomment>
        <translation>人道主义工作者</translation>
    </message>
    <message>
        <source>Identifying authorities</source>
        <extracomment>Label in the bundled catalogue of the audience identifying-authorities</extracomment>
        <translation>负责识别的机关</translation>
    </message>
    <message>
        <source>Immigration officials</source>
        <extracomment>Label in the bundled catalogue of the audience immigration-officials</extracomment>
        <translation>移民官员</translation>
    </message>
    <message>
        <source>Implementing agencies</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-agencies</extracomment>
        <translation>执行机构</translation>
    </message>
    <message>
        <source>Implementing partners</source>
        <extracomment>Label in the bundled catalogue of the audience implementing-partners</extracomment>
        <translation>执行伙伴</translation>
    </message>
    <message>
        <source>Industry</source>
        <extracomment>Label in the bundled catalogue of the audience industry</extracomment>
        <translation>行业</translation>
    </message>
    <message>
        <source>IOM and UNHCR country offices</source>
        <extracomment>Label in the bundled catalogue of the audience iom-and-unhcr-country-offices</extracomment>
        <translation>国际移民组织和难民署国家办事处</translation>
    </message>
    <message>
        <source>Judges</source>
        <extracomment>Label in the bundled catalogue of the audience judges</extracomment>
        <translation>法官</translation>
    </message>
    <message>
        <source>Labour inspectors</source>
        <extracomment>Label in the bundled catalogue of the audience labour-inspectors</extracomment>
        <translation>劳动监察员</translation>
    </message>
    <message>
        <source>Labour officials</source>
        <extracomment>Label in the bundled catalogue of the audience labour-officials</extracomment>
        <translation>劳动部门官员</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <extracomment>Label in the bundled catalogue of the audience law-enforcement</extracomment>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Legal case workers</source>
        <extracomment>Label in the bundled catalogue of the audience legal-case-workers</extracomment>
        <translation>法律个案工作者</translation>
    </message>
    <message>
        <source>Legal practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience legal-practitioners</extracomment>
        <translation>法律从业人员</translation>
    </message>
    <message>
        <source>Local authority staff</source>
        <extracomment>Label in the bundled catalogue of the audience local-authority-staff</extracomment>
        <translation>地方政府工作人员</translation>
    </message>
    <message>
        <source>Local government</source>
        <extracomment>Label in the bundled catalogue of the audience local-government</extracomment>
        <translation>地方政府</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Label in the bundled catalogue of the audience media</extracomment>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Mental health clinicians</source>
        <extracomment>Label in the bundled catalogue of the audience mental-health-clinicians</extracomment>
        <translation>心理健康临床人员</translation>
    </message>
    <message>
        <source>Multidisciplinary teams</source>
        <extracomment>Label in the bundled catalogue of the audience multi-disciplinary-teams</extracomment>
        <translation>多学科团队</translation>
    </message>
    <message>
        <source>NGO staff</source>
        <extracomment>Label in the bundled catalogue of the audience ngo-staff</extracomment>
        <translation>非政府组织工作人员</translation>
    </message>
    <message>
        <source>Non-state actors supporting governments</source>
        <extracomment>Label in the bundled catalogue of the audience non-state-actors-supporting-governments</extracomment>
        <translation>协助政府的非国家行为者</translation>
    </message>
    <message>
        <source>National referral mechanism (NRM) stakeholders</source>
        <extracomment>Label in the bundled catalogue of the audience nrm-stakeholders</extracomment>
        <translation>国家转介机制（NRM）相关方</translation>
    </message>
    <message>
        <source>Paediatricians</source>
        <extracomment>Label in the bundled catalogue of the audience paediatricians</extracomment>
        <translation>儿科医生</translation>
    </message>
    <message>
        <source>Partner agencies</source>
        <extracomment>Label in the bundled catalogue of the audience partner-agencies</extracomment>
        <translation>合作机构</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Label in the bundled catalogue of the audience police</extracomment>
        <translation>警察</translation>
    </message>
    <message>
        <source>Police first responders</source>
        <extracomment>Label in the bundled catalogue of the audience police-first-responders</extracomment>
        <translation>警方第一响应人员</translation>
    </message>
    <message>
        <source>Police investigators</source>
        <extracomment>Label in the bundled catalogue of the audience police-investigators</extracomment>
        <translation>警方调查人员</translation>
    </message>
    <message>
        <source>Policymakers</source>
        <extracomment>Label in the bundled catalogue of the audience policymakers</extracomment>
        <translation>政策制定者</translation>
    </message>
    <message>
        <source>Port authorities</source>
        <extracomment>Label in the bundled catalogue of the audience port-authorities</extracomment>
        <translation>港口管理部门</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <extracomment>Label in the bundled catalogue of the audience practitioners</extracomment>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>Probation officers</source>
        <extracomment>Label in the bundled catalogue of the audience probation-officers</extracomment>
        <translation>缓刑监督官</translation>
    </message>
    <message>
        <source>Project staff</source>
        <extracomment>Label in the bundled catalogue of the audience project-staff</extracomment>
        <translation>项目工作人员</translation>
    </message>
    <message>
        <source>Prosecutors</source>
        <extracomment>Label in the bundled catalogue of the audience prosecutors</extracomment>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Public authorities</source>
        <extracomment>Label in the bundled catalogue of the audience public-authorities</extracomment>
        <translation>公共机关</translation>
    </message>
    <message>
        <source>Public health workers</source>
        <extracomment>Label in the bundled catalogue of the audience public-health-workers</extracomment>
        <translation>公共卫生工作者</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <extracomment>Label in the bundled catalogue of the audience reception-staff</extracomment>
        <translation>接收机构工作人员</translation>
    </message>
    <message>
        <source>Recruitment agencies</source>
        <extracomment>Label in the bundled catalogue of the audience recruitment-agencies</extracomment>
        <translation>招聘机构</translation>
    </message>
    <message>
        <source>Red Cross and Red Crescent staff and volunteers</source>
        <extracomment>Label in the bundled catalogue of the audience red-cross-red-crescent-staff-and-volunteers</extracomment>
        <translation>红十字会与红新月会工作人员和志愿者</translation>
    </message>
    <message>
        <source>Researchers</source>
        <extracomment>Label in the bundled catalogue of the audience researchers</extracomment>
        <translation>研究人员</translation>
    </message>
    <message>
        <source>Service providers</source>
        <extracomment>Label in the bundled catalogue of the audience service-providers</extracomment>
        <translation>服务提供方</translation>
    </message>
    <message>
        <source>Social affairs officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-affairs-officials</extracomment>
        <translation>社会事务官员</translation>
    </message>
    <message>
        <source>Social auditors</source>
        <extracomment>Label in the bundled catalogue of the audience social-auditors</extracomment>
        <translation>社会责任审核员</translation>
    </message>
    <message>
        <source>Social service providers</source>
        <extracomment>Label in the bundled catalogue of the audience social-service-providers</extracomment>
        <translation>社会服务提供方</translation>
    </message>
    <message>
        <source>Social welfare officials</source>
        <extracomment>Label in the bundled catalogue of the audience social-welfare-officials</extracomment>
        <translation>社会福利官员</translation>
    </message>
    <message>
        <source>Social workers</source>
        <extracomment>Label in the bundled catalogue of the audience social-workers</extracomment>
        <translation>社会工作者</translation>
    </message>
    <message>
        <source>Software developers</source>
        <extracomment>Label in the bundled catalogue of the audience software-developers</extracomment>
        <translation>软件开发人员</translation>
    </message>
    <message>
        <source>Stakeholders in the fishing sector</source>
        <extracomment>Label in the bundled catalogue of the audience stakeholders-in-fishing-sector</extracomment>
        <translation>渔业相关方</translation>
    </message>
    <message>
        <source>States</source>
        <extracomment>Label in the bundled catalogue of the audience states</extracomment>
        <translation>各国</translation>
    </message>
    <message>
        <source>Statistical offices</source>
        <extracomment>Label in the bundled catalogue of the audience statistical-offices</extracomment>
        <translation>统计部门</translation>
    </message>
    <message>
        <source>Support providers</source>
        <extracomment>Label in the bundled catalogue of the audience support-providers</extracomment>
        <translation>支助提供方</translation>
    </message>
    <message>
        <source>Tool developers</source>
        <extracomment>Label in the bundled catalogue of the audience tool-developers</extracomment>
        <translation>工具开发人员</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <extracomment>Label in the bundled catalogue of the audience trade-unions</extracomment>
        <translation>工会</translation>
    </message>
    <message>
        <source>Trainers</source>
        <extracomment>Label in the bundled catalogue of the audience trainers</extracomment>
        <translation>培训师</translation>
    </message>
    <message>
        <source>USAID staff</source>
        <extracomment>Label in the bundled catalogue of the audience usaid-staff</extracomment>
        <translation>美国国际开发署工作人员</translation>
    </message>
    <message>
        <source>Victim service providers</source>
        <extracomment>Label in the bundled catalogue of the audience victim-service-providers</extracomment>
        <translation>受害人服务提供方</translation>
    </message>
    <message>
        <source>Village officials</source>
        <extracomment>Label in the bundled catalogue of the audience village-officials</extracomment>
        <translation>村干部</translation>
    </message>
    <message>
        <source>Village police</source>
        <extracomment>Label in the bundled catalogue of the audience village-police</extracomment>
        <translation>村警</translation>
    </message>
    <message>
        <source>Workers&apos; and employers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-and-employers-organisations</extracomment>
        <translation>工人组织和雇主组织</translation>
    </message>
    <message>
        <source>Workers&apos; organisations</source>
        <extracomment>Label in the bundled catalogue of the audience workers-organisations</extracomment>
        <translation>工人组织</translation>
    </message>
    <message>
        <source>Youth services</source>
        <extracomment>Label in the bundled catalogue of the audience youth-services</extracomment>
        <translation>青少年服务机构</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>This is the first catalogue installed on this laptop: nothing to compare it with.</source>
        <translation>这是这台电脑上安装的第一个资料目录：没有可比较的对象。</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>the previous catalogue</source>
        <translation>之前的资料目录</translation>
    </message>
    <message>
        <source>From {start} to &lt;b&gt;version {version}&lt;/b&gt;.</source>
        <translation>从 {start} 更新到 &lt;b&gt;版本 {version}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>没有资料发生变化。</translation>
    </message>
    <message>
        <source>New resources</source>
        <translation>新增资料</translation>
    </message>
    <message>
        <source>Changed resources (new editions)</source>
        <translation>有变化的资料（新版）</translation>
    </message>
    <message>
        <source>Removed from the catalogue</source>
        <translation>已从资料目录中移除</translation>
    </message>
    <message>
        <source>Your bookmarks and notes</source>
        <translation>您的书签和笔记</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>None of your bookmarks or notes is affected.</source>
        <translation>您的书签和笔记均未受影响。</translation>
    </message>
    <message>
        <source>Saved searches with new results</source>
        <translation>有新结果的已保存搜索</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>新增 {count}</translation>
    </message>
    <message>
        <source>No saved search has new results.</source>
        <translation>已保存的搜索都没有新结果。</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>RefDesk — what changed</source>
        <translation>RefDesk — 变更内容</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>What the last catalogue update changed, and what it means for your bookmarks</source>
        <translation>上次资料目录更新带来的变化，以及对您书签的影响</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Lists of resources; Tab moves between links and Enter opens one</source>
        <translation>资料列表；按 Tab 在链接之间移动，按 Enter 打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this list</source>
        <translation>关闭此列表</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Select a resource first; then Alt+5 moves to your note on it.</source>
        <translation>请先选择一份资料；然后按 Alt+5 转到您对它的笔记。</translation>
    </message>
    <message>
        <source>system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>主题：{theme}</translation>
    </message>
    <message>
        <source>Text size: {size} pt</source>
        <translation>文字大小：{size} 磅</translation>
    </message>
</context>
<context>
    <name>YearSpin</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（请从 %(choices)s 中选择）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能匹配 %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 中的一个</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
</context>
</TS>
