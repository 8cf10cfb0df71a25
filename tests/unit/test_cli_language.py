"""The command line's language: chosen like the window's, read from the same Qt .qm files.

A tiny Thai translation is written and compiled here (pyside6-lrelease), so these tests do not
depend on how far the translators have got with resources/translations.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from refdesk.cli import language
from refdesk.cli.main import main
from refdesk.config.paths import AppPaths, bundled_release
from refdesk.config.settings import Settings, save_settings
from refdesk.core import i18n
from refdesk.services import builder

THAI_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n results ({first}-{last}), {took} ms</source>
        <translation>
            <numerusform>พบ %n รายการ ({first}-{last}) ใช้เวลา {took} มิลลิวินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>search the catalogue and every page of its documents</source>
        <translation>ค้นหาในแคตตาล็อกและทุกหน้าของเอกสาร</translation>
    </message>
    <message>
        <source>'{text}' is not a whole number</source>
        <translation>'{text}' ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>แทนที่:</translation>
    </message>
    <message>
        <source>--trust {path} cannot be read ({reason}).</source>
        <translation>อ่านไฟล์ --trust {path} ไม่ได้ ({reason})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No resource with id '{id}' in the installed catalogue.</source>
        <translation>ไม่พบทรัพยากรรหัส '{id}' ในแคตตาล็อกที่ติดตั้งไว้</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>No update source could be used ({detail}). Check the connection or the USB stick and try again.</source>
        <translation>ใช้แหล่งอัปเดตใดไม่ได้เลย ({detail}) ตรวจสอบการเชื่อมต่อหรือแฟลชไดรฟ์ USB แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{source} does not exist (give an https:// address, a folder or a .zip bundle).</source>
        <translation>ไม่พบ {source} (ระบุที่อยู่ https:// โฟลเดอร์ หรือไฟล์ .zip)</translation>
    </message>
    <message>
        <source>No publisher is trusted yet: give --trust ROOT_JSON with the publisher's root.json.</source>
        <translation>ยังไม่มีผู้เผยแพร่ที่เชื่อถือ: ระบุ --trust ROOT_JSON พร้อม root.json ของผู้เผยแพร่</translation>
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
</context>
<context>
    <name>SourceCheck</name>
    <message>
        <source>unknown type '{type}'; use one of {choices}</source>
        <translation>ไม่รู้จักประเภท '{type}' ใช้ประเภทใดประเภทหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in {source}.</source>
        <translation><numerusform>พบข้อผิดพลาด %n รายการใน {source}</numerusform></translation>
    </message>
</context>
</TS>
"""  # noqa: E501  (a <source> is one line: the message as the code spells it)


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture(scope="module")
def thai(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding refdesk_th.qm, compiled from THAI_TS."""
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6-Essentials)")
    folder = tmp_path_factory.mktemp("translations")
    (folder / "refdesk_th.ts").write_text(THAI_TS, encoding="utf-8")
    subprocess.run(
        [tool, "-silent", str(folder / "refdesk_th.ts"), "-qm", str(folder / "refdesk_th.qm")], check=True
    )
    assert (folder / "refdesk_th.qm").is_file()
    return folder


@pytest.fixture(scope="module")
def installed(small_source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-language-data")
    builder.install_source(AppPaths(data), small_source)
    return data


@pytest.fixture(autouse=True)
def _back_to_english() -> Iterator[None]:
    """main() installs the translator for the whole process; every test ends in English."""
    yield
    i18n.install(None)


def _run(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    folder: Path,
) -> tuple[int, str, str]:
    monkeypatch.setenv(language.ENV_LANGUAGE, lang)
    monkeypatch.setenv(language.ENV_TRANSLATIONS, str(folder))
    capsys.readouterr()
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_human_output_and_errors_are_in_the_chosen_language(
    thai: Path, installed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["--data-dir", str(installed)]
    status, out, _ = _run([*base, "search", "vessel"], capsys, monkeypatch, "th", thai)
    assert status == 0
    assert "พบ 1 รายการ (1-1) ใช้เวลา" in out  # the plural form, with %n and the fields filled in
    assert "Inspecting fishing vessels in port" in out  # the catalogue's own text stays as it is
    status, out, _ = _run([*base, "show", "new-indicators"], capsys, monkeypatch, "th", thai)
    assert status == 0 and "แทนที่:" in out and "Supersedes:" not in out
    assert "Type:" in out  # a message nobody translated yet stays English
    status, _, err = _run([*base, "show", "no-such-thing"], capsys, monkeypatch, "th", thai)
    assert status == 1
    assert err == "refdesk: ไม่พบทรัพยากรรหัส 'no-such-thing' ในแคตตาล็อกที่ติดตั้งไว้\n"
    status, _, err = _run([*base, "search", "x", "--limit", "lots"], capsys, monkeypatch, "th", thai)
    assert status == 2 and "'lots' ไม่ใช่จำนวนเต็ม" in err
    with pytest.raises(SystemExit):
        _run(["--help"], capsys, monkeypatch, "th", thai)
    helped = capsys.readouterr().out
    assert "ค้นหาในแคตตาล็อกและทุกหน้าของเอกสาร" in helped
    # argparse's own words come from the same translation (refdesk.cli.argparse_words).
    assert helped.startswith("วิธีใช้: refdesk") and "ตัวเลือก:" in helped and "usage:" not in helped


def test_english_is_the_default_and_the_fallback(
    thai: Path, installed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for lang in ("en", "km"):  # English chosen; a language without a translation
        status, _, err = _run(
            ["--data-dir", str(installed), "show", "no-such-thing"], capsys, monkeypatch, lang, thai
        )
        assert status == 1
        assert err == "refdesk: No resource with id 'no-such-thing' in the installed catalogue.\n"


def test_source_problems_keep_their_place_untranslated(
    thai: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken"
    (broken / "resources").mkdir(parents=True)
    (broken / "catalogue.yaml").write_text("id: broken\ntitle: Broken\npublisher: Me\n", encoding="utf-8")
    (broken / "resources" / "a.md").write_text(
        "---\nid: a-poster\ntitle: A\ntype: poster\n---\nText\n", "utf-8"
    )
    status, out, err = _run(["publish", "check", str(broken)], capsys, monkeypatch, "th", thai)
    assert status == 1
    assert (
        f"{broken / 'resources' / 'a.md'}:4: ไม่รู้จักประเภท 'poster' ใช้ประเภทใดประเภทหนึ่งต่อไปนี้: indicators,"
        in out
    )
    assert err == f"พบข้อผิดพลาด 1 รายการใน {broken}\n"


@pytest.mark.parametrize(
    "args",
    [
        ["show", "new-indicators", "--json"],
        ["show", "no-such-thing", "--json"],  # the error object, message included
        ["info", "--json"],
        ["bookmarks", "--json"],
        ["search", "x", "--limit", "lots", "--json"],  # a usage error (its reason is translated)
        ["update", "--source", "/does/not/exist", "--json"],  # no root of trust there: an update error
    ],
)
def test_json_is_the_same_in_every_language(
    args: list[str],
    thai: Path,
    installed: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = _run(["--data-dir", str(installed), *args], capsys, monkeypatch, "en", thai)
    translated = _run(["--data-dir", str(installed), *args], capsys, monkeypatch, "th", thai)
    assert translated[0] == english[0]
    assert translated[1] == english[1]  # byte for byte
    json.loads(english[1])


def test_search_and_check_json_are_the_same_in_every_language(
    thai: Path,
    installed: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    search = ["--data-dir", str(installed), "search", "vessel", "--json"]
    english = json.loads(_run(search, capsys, monkeypatch, "en", thai)[1])
    translated = json.loads(_run(search, capsys, monkeypatch, "th", thai)[1])
    english.pop("took_ms"), translated.pop("took_ms")  # the only field that differs between runs
    assert translated == english
    broken = tmp_path / "broken"
    (broken / "resources").mkdir(parents=True)
    (broken / "resources" / "a.md").write_text("---\nid: a-poster\ntitle: A\ntype: poster\n---\n", "utf-8")
    check = ["publish", "check", str(broken), "--json"]
    english_check = _run(check, capsys, monkeypatch, "en", thai)
    assert _run(check, capsys, monkeypatch, "th", thai) == english_check
    assert "unknown type 'poster'" in english_check[1]


def test_update_errors_are_in_the_chosen_language(
    thai: Path,
    small_source: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A source that does not exist, quoted inside "no source could be used", and a --trust file
    that cannot be read: translated, and the same English as ever without a translation."""
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, small_source)
    paths.trust_dir.mkdir(parents=True)  # a publisher is trusted, so the sources are tried
    shutil.copyfile(bundled_release() / "root.json", paths.trust_dir / "root.json")
    missing = tmp_path / "does-not-exist"
    update = ["--data-dir", str(paths.data_dir), "update", "--source", str(missing)]
    status, out, err = _run(update, capsys, monkeypatch, "th", thai)
    assert (status, out) == (1, "")
    assert err == (
        f"refdesk: ใช้แหล่งอัปเดตใดไม่ได้เลย ({missing}: ไม่พบ {missing} (ระบุที่อยู่ https:// โฟลเดอร์ หรือไฟล์ .zip)) "
        "ตรวจสอบการเชื่อมต่อหรือแฟลชไดรฟ์ USB แล้วลองอีกครั้ง\n"
    )
    status, out, err = _run(update, capsys, monkeypatch, "en", thai)
    assert (status, out) == (1, "")
    assert err == (
        f"refdesk: No update source could be used ({missing}: {missing} does not exist (give an https:// "
        "address, a folder or a .zip bundle).). Check the connection or the USB stick and try again.\n"
    )

    trust = [*update, "--trust", str(tmp_path / "root.json")]
    status, _, err = _run(trust, capsys, monkeypatch, "th", thai)
    assert status == 2
    assert f"อ่านไฟล์ --trust {tmp_path / 'root.json'} ไม่ได้ (" in err and "cannot be read" not in err
    status, _, err = _run(trust, capsys, monkeypatch, "en", thai)
    assert status == 2
    assert f"--trust {tmp_path / 'root.json'} cannot be read (No such file or directory)." in err


def test_a_broken_translation_leaves_the_cli_in_english(
    tmp_path: Path, installed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "refdesk_th.qm").write_bytes(b"not a qm file" * 10)
    status, _, err = _run(
        ["--data-dir", str(installed), "show", "no-such-thing"], capsys, monkeypatch, "th", tmp_path
    )
    assert status == 1
    assert err.endswith("refdesk: No resource with id 'no-such-thing' in the installed catalogue.\n")
    assert "Traceback" not in err


def test_the_language_comes_from_the_variable_then_the_setting_then_the_system(tmp_path: Path) -> None:
    data = tmp_path / "data"
    save_settings(Settings(ui_language="vi"), AppPaths(data).settings_file)
    args = ["--data-dir", str(data), "info"]
    system = {"LANG": "th_TH.UTF-8"}
    assert language.wanted_languages(args, {**system, language.ENV_LANGUAGE: "km-KH"}) == ["km_KH"]
    assert language.wanted_languages(args, system) == ["vi"]
    assert language.wanted_languages([f"--data-dir={data}", "info"], system) == ["vi"]
    assert language.wanted_languages(["--data-dir", str(tmp_path / "other"), "info"], system) == ["th_TH"]
    assert language.system_languages({"LANGUAGE": "km:th_TH", "LC_ALL": "vi_VN.UTF-8"}) == ["km", "th_TH"]
    assert language.system_languages({"LC_MESSAGES": "id_ID.UTF-8", "LANG": "th_TH.UTF-8"}) == ["id_ID"]
    assert language.system_languages({"LANG": "C.UTF-8"}) == ["en"]
    assert language.system_languages({}) == []


def test_the_first_language_with_a_translation_wins_unless_english_comes_first(thai: Path) -> None:
    assert language.install(["km", "th_TH"], thai) == "th"
    assert i18n.translate("Cli", "Supersedes:") == "แทนที่:"
    assert language.install(["en_GB", "th"], thai) == ""
    assert i18n.translate("Cli", "Supersedes:") == "Supersedes:"
    assert language.install(["zh_CN"], thai) == ""


def test_english_never_imports_qt(tmp_path: Path, thai: Path) -> None:
    """English, or a language with no translation, starts without PySide6 (and runs without it)."""
    script = textwrap.dedent(
        """
        import os, sys
        from refdesk.cli.main import main

        status = main(["publish", "check", sys.argv[1]])
        qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
        print("QT:", qt, "STATUS:", status)
        """
    )
    cases = [
        {language.ENV_LANGUAGE: "en", language.ENV_TRANSLATIONS: str(thai)},
        {language.ENV_LANGUAGE: "", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"},
        {language.ENV_LANGUAGE: "km", language.ENV_TRANSLATIONS: str(thai)},
        # The controls: a translation is loaded, asked for by the variable or by the system's locale.
        {language.ENV_LANGUAGE: "th", language.ENV_TRANSLATIONS: str(thai)},
        {language.ENV_LANGUAGE: "", "LANG": "th_TH.UTF-8", language.ENV_TRANSLATIONS: str(thai)},
    ]
    seen = []
    for env in cases:
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "missing")],
            capture_output=True,
            text=True,
            timeout=120,
            env={**_environ(), "REFDESK_HOME": str(tmp_path / "home"), **env},
        )
        assert "STATUS: 1" in result.stdout, result.stderr
        seen.append("QT: []" in result.stdout)
    assert seen == [True, True, True, False, False]


def _environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
