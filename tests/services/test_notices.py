"""Four-language notices: shipped and edited texts, checks, and the printed PDF read back with poppler.

Expected texts are built here from the TOML files with plain string replacement, not with the
code under test; pdftotext output is compared with all whitespace removed (lines wrap anywhere).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, NoticeText
from app.paths import resources_dir
from app.services import notices
from app.services.context import Actor, Role
from app.services.notices import (
    load_notice_file, notice_pdf, notice_templates, notice_text, reset_notice_text, save_notice_text,
)
from app.services.setup import init_site
from tests.helpers import SHANGHAI

TEMPLATES = ("gate_rules", "home_observation", "mask_reservation", "privacy")
LANGUAGES = ("zh_CN", "en", "ja", "ko")
FONTS = {"zh_CN": "GatePostSansSC", "en": "GatePostSansSC", "ja": "GatePostSansJP", "ko": "GatePostSansKR"}
# The fixed clock's day (2 March 2026 at the compound), as each language writes it on a notice.
DATES = {"zh_CN": "2026年3月2日", "en": "2 March 2026", "ja": "2026年3月2日", "ko": "2026년 3월 2일"}
COMMITTEE = "阳光社区居委会"  # the ``admin`` fixture's
BLANK = "________"
FOLDER = resources_dir() / "i18n" / "notices"


def shipped(language: str) -> dict[str, dict[str, str]]:
    with open(FOLDER / f"{language}.toml", "rb") as file:
        return tomllib.load(file)


def filled(text: str, language: str, committee: str = COMMITTEE, phone: str = BLANK) -> str:
    return (text.replace("{committee}", committee).replace("{phone}", phone)
            .replace("{date}", DATES[language]).replace("{retention_days}", "28"))


def expected_lines(title: str, body: str) -> list[str]:
    """The title, then every non-blank body line without its bullet mark."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return [title] + [line[2:] if line.startswith("- ") else line for line in lines]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("\u2022", "")


def poppler(tool: str, data: bytes, tmp_path: Path, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    path = tmp_path / "notice.pdf"
    path.write_bytes(data)
    command = [tool, *args, str(path)] + (["-"] if tool == "pdftotext" else [])
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def page_count(data: bytes, tmp_path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", data, tmp_path), re.M).group(1))


def page_size(data: bytes, tmp_path: Path) -> str:
    return re.search(r"^Page size:\s+(.*)$", poppler("pdfinfo", data, tmp_path), re.M).group(1)


def fonts(data: bytes, tmp_path: Path) -> set[str]:
    """The document's fonts (subset prefix dropped); each must be embedded."""
    rows = poppler("pdffonts", data, tmp_path).splitlines()[2:]
    names = set()
    for row in rows:
        name, *_ = row.split()
        assert row.split()[-5] == "yes", f"{name} is not embedded"
        names.add(name.split("+")[-1].removesuffix("-Regular"))
    return names


@pytest.fixture
def guard(admin: Actor) -> Actor:
    return dataclasses.replace(admin, role=Role.GUARD)


@pytest.fixture
def latin_site(sessions: sessionmaker[Session]) -> Actor:
    """A compound whose committee name every font has, so each page needs only its own font."""
    with sessions.begin() as session:
        return init_site(session, site_name="Sunshine Gardens", committee="Sunshine Committee",
                         admin_username="admin", admin_password="secret-pw", gates=["East"])


# --- the shipped texts -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_files_follow_their_readme(language: str) -> None:
    texts = shipped(language)
    assert set(texts) == set(TEMPLATES)
    for name in TEMPLATES:
        body = texts[name]["body"]
        assert texts[name]["title"].strip()
        assert body.count("{date}") == 1, (language, name)
        assert "{committee}" in body and "{phone}" in body, (language, name)
        assert "\t" not in body
    assert load_notice_file(FOLDER / f"{language}.toml")  # passes the same checks as an edit


def test_templates_and_default_texts(sessions: sessionmaker[Session], guard: Actor) -> None:
    with sessions() as session:
        for language in LANGUAGES:
            listed = notice_templates(session, guard, language)
            assert [(t.name, t.title) for t in listed] == [
                (name, shipped(language)[name]["title"]) for name in TEMPLATES]
            for name in TEMPLATES:
                text = notice_text(session, guard, name, language)
                assert not text.edited
                assert text.title == shipped(language)[name]["title"]
                assert text.body == shipped(language)[name]["body"].strip()


# --- printing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_poster_holds_the_exact_text_of_every_language(
        sessions: sessionmaker[Session], guard: Actor, tmp_path: Path, template: str) -> None:
    with sessions() as session:
        data = notice_pdf(session, guard, template, list(LANGUAGES))
    assert page_count(data, tmp_path) == 1
    assert page_size(data, tmp_path).startswith("595.2") and "x 841.89" in page_size(data, tmp_path)
    text = flat(poppler("pdftotext", data, tmp_path))
    for language in LANGUAGES:
        # pdftotext reads side-by-side blocks paragraph by paragraph: every line comes back whole.
        for line in expected_lines(*(filled(shipped(language)[template][k], language) for k in ("title", "body"))):
            assert flat(line) in text, (language, line)
    expected = "".join(flat("".join(expected_lines(*(filled(shipped(lang)[template][k], lang)
                                                     for k in ("title", "body"))))) for lang in LANGUAGES)
    assert sorted(text) == sorted(expected)  # and nothing else on the page
    assert fonts(data, tmp_path) == {"GatePostSansSC", "GatePostSansJP", "GatePostSansKR"}


@pytest.mark.parametrize("template", TEMPLATES)
def test_pages_layout_one_language_per_page_in_its_own_font(
        sessions: sessionmaker[Session], latin_site: Actor, tmp_path: Path, template: str) -> None:
    with sessions() as session:
        data = notice_pdf(session, latin_site, template, list(LANGUAGES), layout="pages")
    assert page_count(data, tmp_path) == 4
    for page, language in enumerate(LANGUAGES, 1):
        title, body = (filled(shipped(language)[template][k], language, "Sunshine Committee")
                       for k in ("title", "body"))
        text = poppler("pdftotext", data, tmp_path, "-f", str(page), "-l", str(page))
        assert flat(text) == flat("".join(expected_lines(title, body)))
    # Japanese forms for Japanese, a Hangul font for Korean, Simplified Chinese otherwise (one
    # language per document: reportlab lists every font of a document on every page).
    for language in LANGUAGES:
        with sessions() as session:
            alone = notice_pdf(session, latin_site, template, [language], layout="pages")
        assert fonts(alone, tmp_path) == {FONTS[language]}, language


def test_a3_poster(sessions: sessionmaker[Session], guard: Actor, tmp_path: Path) -> None:
    with sessions() as session:
        data = notice_pdf(session, guard, "gate_rules", list(LANGUAGES), size="A3", qr="13812345678")
    assert page_count(data, tmp_path) == 1
    assert page_size(data, tmp_path).startswith("841.89 x 1190.5")


def test_qr_text_is_printed_and_a_phone_fills_the_blank(
        sessions: sessionmaker[Session], guard: Actor, tmp_path: Path) -> None:
    with sessions() as session:
        with_phone = notice_pdf(session, guard, "mask_reservation", ["en", "ko"], qr="138 1234 5678")
        with_link = notice_pdf(session, guard, "mask_reservation", ["en", "ja", "zh_CN"],
                               qr="https://example.org/masks")
        chosen = notice_pdf(session, guard, "mask_reservation", ["en"], qr="https://example.org/masks",
                            phone="010-8888 6666")
    text = poppler("pdftotext", with_phone, tmp_path)
    assert flat(text).count(flat("138 1234 5678")) == 3  # the QR's caption, and {phone} in each language
    assert BLANK not in text
    text = poppler("pdftotext", with_link, tmp_path)
    assert "https://example.org/masks" in text
    assert text.count(BLANK) == 3  # a link is not a phone number: a line to write one on
    assert flat("010-8888 6666") in flat(poppler("pdftotext", chosen, tmp_path))


@pytest.mark.parametrize("languages", [["zh_CN"], ["en", "ko"], ["ja", "en", "zh_CN"]])
def test_fewer_languages_still_one_page(sessions: sessionmaker[Session], guard: Actor, tmp_path: Path,
                                        languages: list[str]) -> None:
    with sessions() as session:
        data = notice_pdf(session, guard, "home_observation", languages, qr="13812345678")
    assert page_count(data, tmp_path) == 1
    text = flat(poppler("pdftotext", data, tmp_path))
    for language in LANGUAGES:
        title = filled(shipped(language)["home_observation"]["title"], language)
        assert (flat(title) in text) == (language in languages)


def test_date_is_the_compounds_day(sessions: sessionmaker[Session], guard: Actor, tmp_path: Path,
                                   fixed_clock: FixedClock) -> None:
    fixed_clock.at = datetime(2026, 11, 23, 1, 30, tzinfo=SHANGHAI).astimezone(fixed_clock.at.tzinfo)
    with sessions() as session:  # still 22 November in UTC
        data = notice_pdf(session, guard, "gate_rules", list(LANGUAGES), layout="pages")
    text = flat(poppler("pdftotext", data, tmp_path))
    for written in ("2026年11月23日", "23November2026", "2026년11월23일"):
        assert written in text


# --- editing -----------------------------------------------------------------------------------


def test_edited_text_is_used_until_reset(sessions: sessionmaker[Session], admin: Actor, guard: Actor,
                                         tmp_path: Path) -> None:
    body = "Please read this, {committee}.\r\n\r\n- Call {phone} before {date}.\n- Second item"
    with sessions.begin() as session:
        saved = save_notice_text(session, admin, "gate_rules", "en", "  Our gate  ", body)
    assert saved.edited and saved.title == "Our gate"
    with sessions.begin() as session:  # saving again replaces the edit, it does not add one
        save_notice_text(session, admin, "gate_rules", "en", "Our gate", body)
    with sessions() as session:
        text = notice_text(session, guard, "gate_rules", "en")
        assert text.edited and text.body == "Please read this, {committee}.\n\n- Call {phone} before {date}.\n- Second item"
        assert notice_templates(session, guard, "en")[0].title == "Our gate"
        assert not notice_text(session, guard, "gate_rules", "ja").edited
        data = notice_pdf(session, guard, "gate_rules", ["en", "ja"], qr="13812345678")
        assert session.scalar(select(func.count()).select_from(NoticeText)) == 1
    printed = flat(poppler("pdftotext", data, tmp_path))
    for line in ("Our gate", f"Please read this, {COMMITTEE}.", "Call 13812345678 before 2 March 2026.",
                 "Second item"):
        assert flat(line) in printed
    assert flat(shipped("en")["gate_rules"]["title"]) not in printed
    with sessions.begin() as session:
        reset = reset_notice_text(session, admin, "gate_rules", "en")
    assert not reset.edited and reset.title == shipped("en")["gate_rules"]["title"]
    with sessions() as session:
        assert not notice_text(session, guard, "gate_rules", "en").edited
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "notice_text")))
        assert sorted(actions) == ["notice.reset", "notice.save", "notice.save"]
        assert session.scalar(select(func.count()).select_from(NoticeText)
                              .where(NoticeText.deleted.is_(False))) == 0


def test_a_guard_reads_and_prints_but_does_not_edit(sessions: sessionmaker[Session], guard: Actor) -> None:
    with sessions.begin() as session:
        with pytest.raises(PermissionDenied):
            save_notice_text(session, guard, "gate_rules", "en", "Title", "Body")
        with pytest.raises(PermissionDenied):
            reset_notice_text(session, guard, "gate_rules", "en")


@pytest.mark.parametrize(("title", "body", "field", "named"), [
    ("Title", "Call {phone} or {fax}", "body", "{fax}"),
    ("Title", "Call {phone", "body", "brace"),
    ("Title", "Call } now", "body", "brace"),
    ("Title", "Issued {date:%Y}", "body", "{date:%Y}"),
    ("Title", "Issued {date!r}", "body", "{date!r}"),
    ("Title", "Index {0}", "body", "{0}"),
    ("Title", "Empty {}", "body", "{}"),
    ("Title {who}", "Body", "title", "{who}"),
    ("Title", "Tab\there", "body", "U+0009"),
    ("Title", "Bell\x07", "body", "U+0007"),
    ("Two\nlines", "Body", "title", "U+000A"),
    ("   ", "Body", "title", ""),
    ("T" * 201, "Body", "title", "200"),
    ("Title", "x" * 5001, "body", "5000"),
    ("Title", " \n\n ", "body", ""),
])
def test_bad_texts_are_refused_with_the_problem_named(
        sessions: sessionmaker[Session], admin: Actor, title: str, body: str, field: str, named: str) -> None:
    with sessions.begin() as session, pytest.raises(ValidationError) as caught:
        save_notice_text(session, admin, "gate_rules", "en", title, body)
    assert caught.value.field == field
    assert named in caught.value.render()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(NoticeText)) == 0


def test_printing_refuses_unknown_choices(sessions: sessionmaker[Session], guard: Actor) -> None:
    with sessions() as session:
        with pytest.raises(ValidationError) as caught:
            notice_pdf(session, guard, "fire_drill", ["en"])
        assert caught.value.field == "template"
        assert all(name in caught.value.render() for name in TEMPLATES)
        for languages in (["fr"], ["en", "de"], [], [" "]):
            with pytest.raises(ValidationError) as caught:
                notice_pdf(session, guard, "gate_rules", languages)
            assert caught.value.field == "languages"
        with pytest.raises(ValidationError) as caught:
            notice_pdf(session, guard, "gate_rules", ["en"], size="A5")
        assert caught.value.field == "size"
        with pytest.raises(ValidationError) as caught:
            notice_pdf(session, guard, "gate_rules", ["en"], layout="leaflet")
        assert caught.value.field == "layout"
        with pytest.raises(ValidationError) as caught:
            notice_pdf(session, guard, "gate_rules", ["en"], qr="x" * 301)
        assert caught.value.field == "qr"
        with pytest.raises(ValidationError):
            notice_text(session, guard, "gate_rules", "fr")


def test_text_too_long_for_a_poster_says_which_language(
        sessions: sessionmaker[Session], admin: Actor, tmp_path: Path) -> None:
    body = "\n".join(f"- 第{n}条：" + "外来人员一律登记，经所访住户确认后方可进入小区。" * 3 for n in range(1, 31))
    with sessions.begin() as session:
        save_notice_text(session, admin, "gate_rules", "zh_CN", "很长的通告", body)
    with sessions() as session:
        with pytest.raises(ValidationError) as caught:
            notice_pdf(session, admin, "gate_rules", list(LANGUAGES))
        assert caught.value.field == "body" and "简体中文" in caught.value.render()
        data = notice_pdf(session, admin, "gate_rules", ["zh_CN"], layout="pages")  # a page of its own holds it
    assert flat(body.replace("- ", "")) in flat(poppler("pdftotext", data, tmp_path))


# --- hostile resource files --------------------------------------------------------------------


@pytest.mark.parametrize(("content", "problem"), [
    (None, "missing"),
    (b"[gate_rules\ntitle = 1", "line"),
    (b"\xff\xfe not utf-8", "utf-8"),
    (b'[gate_rules]\ntitle = "T"\n', "[gate_rules]"),
    (b'[gate_rules]\ntitle = "T"\nbody = "Call {fax}"\n', "{fax}"),
])
def test_a_broken_notice_file_is_named_not_a_traceback(
        sessions: sessionmaker[Session], guard: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: bytes | None, problem: str) -> None:
    folder = tmp_path / "notices"
    folder.mkdir()
    if content is not None:
        (folder / "en.toml").write_bytes(content)
    monkeypatch.setattr(notices, "notice_folder", lambda: folder)
    with sessions() as session, pytest.raises(ValidationError) as caught:
        notice_text(session, guard, "gate_rules", "en")
    message = caught.value.render()
    assert caught.value.field == "file"
    assert str(folder / "en.toml") in message
    assert problem.lower() in message.lower()
