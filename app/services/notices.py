"""Notices in four languages: the shipped texts, the site's edits, and the printed PDF.

The defaults live in ``resources/i18n/notices/<language>.toml``; an edit made in the app is a
``NoticeText`` row that replaces the default until it is reset (marked deleted). The files are
read as untrusted input: a missing or broken file is reported by name, not as a traceback.
"""

from __future__ import annotations

import re
import string
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, Translate, ValidationError, untranslated
from app.models import NoticeText, Site
from app.paths import resources_dir
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.site_time import local_today, site_zone

TEMPLATES = ("gate_rules", "home_observation", "mask_reservation", "privacy")
LANGUAGES = ("zh_CN", "en", "ja", "ko")
# Each language's own name: the label a reader of that language looks for.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English", "ja": "日本語", "ko": "한국어"}
PLACEHOLDERS = ("committee", "phone", "date", "retention_days")
SIZES = ("A4", "A3")
LAYOUTS = ("poster", "pages")
TITLE_LIMIT = 200
BODY_LIMIT = 5000
QR_LIMIT = 300
PHONE_LIMIT = 40
BLANK_PHONE = "________"
_PHONE = re.compile(r"\+?[0-9][0-9 ()-]{4,24}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class NoticeTemplate:
    name: str
    title: str


@dataclass(frozen=True)
class NoticeTextView:
    template: str
    language: str
    title: str
    body: str
    edited: bool


# --- the shipped texts ------------------------------------------------------------------------


def notice_folder() -> Path:
    return resources_dir() / "i18n" / "notices"


_loaded: dict[Path, dict[str, tuple[str, str]]] = {}


def _file_error(path: Path, problem: str) -> ValidationError:
    return ValidationError("file", QT_TRANSLATE_NOOP(
        "Errors", "The notice texts in {file} cannot be used: {problem}"), file=str(path), problem=problem)


def load_notice_file(path: Path) -> dict[str, tuple[str, str]]:
    """``{template: (title, body)}`` from one language's file, checked as an edit would be."""
    cached = _loaded.get(path)
    if cached is not None:
        return cached
    try:
        with open(path, "rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise _file_error(path, "the file is missing.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _file_error(path, f"{error}.") from None
    texts = {}
    for name in TEMPLATES:
        table = data.get(name)
        if not isinstance(table, dict) or not isinstance(table.get("title"), str) \
                or not isinstance(table.get("body"), str):
            raise _file_error(path, f"[{name}] needs a title and a body, both text.")
        try:
            texts[name] = _checked(table["title"], table["body"])
        except ValidationError as error:
            raise _file_error(path, f"[{name}] {error.render()}") from None
    _loaded[path] = texts
    return texts


def _default(template: str, language: str) -> tuple[str, str]:
    return load_notice_file(notice_folder() / f"{language}.toml")[template]


# --- checks -----------------------------------------------------------------------------------


def _known(template: str, language: str) -> None:
    if template not in TEMPLATES:
        raise ValidationError("template", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices=", ".join(TEMPLATES))
    if language not in LANGUAGES:
        raise ValidationError("languages", QT_TRANSLATE_NOOP("Errors", "Choose from: {choices}."),
                              choices=", ".join(LANGUAGES))


def _control_character(text: str, allow_newline: bool) -> str | None:
    for char in text:
        if unicodedata.category(char) == "Cc" and not (allow_newline and char == "\n"):
            return f"U+{ord(char):04X}"
    return None


def _checked(title: str, body: str) -> tuple[str, str]:
    """The title and body as they will be stored, or a ValidationError naming the problem."""
    title = title.strip()
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n ")
    if not title:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Errors", "Write a title."))
    if len(title) > TITLE_LIMIT:
        raise ValidationError("title", QT_TRANSLATE_NOOP("Errors", "Use at most {limit} characters."),
                              limit=TITLE_LIMIT)
    if (bad := _control_character(title, allow_newline=False)) is not None:
        raise ValidationError("title", QT_TRANSLATE_NOOP(
            "Errors", "Remove the control character {char} (a line break, tab or similar)."), char=bad)
    if not body.strip():
        raise ValidationError("body", QT_TRANSLATE_NOOP("Errors", "Write the text of the notice."))
    if len(body) > BODY_LIMIT:
        raise ValidationError("body", QT_TRANSLATE_NOOP("Errors", "Use at most {limit} characters."),
                              limit=BODY_LIMIT)
    if (bad := _control_character(body, allow_newline=True)) is not None:
        raise ValidationError("body", QT_TRANSLATE_NOOP(
            "Errors", "Remove the control character {char} (a tab or similar)."), char=bad)
    for text, field_name in ((title, "title"), (body, "body")):
        _check_placeholders(text, field_name)
    return title, body


def check_notice_text(title: str, body: str) -> tuple[str, str]:
    """The title and body as :func:`save_notice_text` would keep them, or a ValidationError."""
    return _checked(title, body)


def _check_placeholders(text: str, field_name: str) -> None:
    allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    try:
        fields = [(literal, name, spec, conversion)
                  for literal, name, spec, conversion in string.Formatter().parse(text)]
    except ValueError:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Errors", "A brace {{ or }} has no partner. Only these placeholders may be used: {allowed}."),
            allowed=allowed) from None
    for _literal, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise ValidationError(field_name, QT_TRANSLATE_NOOP(
                "Errors", "Unknown placeholder {placeholder}. Only these may be used: {allowed}."),
                placeholder=written, allowed=allowed)


# --- the texts as the site uses them ----------------------------------------------------------


def _edited_row(session: Session, actor: Actor, template: str, language: str) -> NoticeText | None:
    return session.scalars(
        select(NoticeText).where(NoticeText.site_id == actor.site_id, NoticeText.template == template,
                                 NoticeText.language == language, NoticeText.deleted.is_(False))
        .order_by(NoticeText.updated_at.desc(), NoticeText.id.desc()).limit(1)).first()


def _office_row(session: Session, actor: Actor, template: str, language: str) -> NoticeText | None:
    """The street office's wording, sent down in a policy bundle (the only other site's texts here)."""
    return session.scalars(
        select(NoticeText).where(NoticeText.site_id != actor.site_id, NoticeText.template == template,
                                 NoticeText.language == language, NoticeText.deleted.is_(False))
        .order_by(NoticeText.updated_at.desc(), NoticeText.id.desc()).limit(1)).first()


def _text(session: Session, actor: Actor, template: str, language: str) -> NoticeTextView:
    """The compound's own edit, else the street office's wording, else the shipped default."""
    row = _edited_row(session, actor, template, language)
    if row is not None:
        return NoticeTextView(template, language, row.title, row.body, edited=True)
    row = _office_row(session, actor, template, language)
    if row is not None:
        return NoticeTextView(template, language, row.title, row.body, edited=False)
    title, body = _default(template, language)
    return NoticeTextView(template, language, title, body, edited=False)


def notice_templates(session: Session, actor: Actor, language: str) -> list[NoticeTemplate]:
    """The templates, each with its title in ``language`` (the site's edit if it has one)."""
    authorize(session, actor, Role.GUARD)
    _known(TEMPLATES[0], language)
    return [NoticeTemplate(name, _text(session, actor, name, language).title) for name in TEMPLATES]


def notice_text(session: Session, actor: Actor, template: str, language: str) -> NoticeTextView:
    authorize(session, actor, Role.GUARD)
    _known(template, language)
    return _text(session, actor, template, language)


def save_notice_text(session: Session, actor: Actor, template: str, language: str, title: str,
                     body: str) -> NoticeTextView:
    """Keep the site's own wording of one notice in one language."""
    authorize(session, actor, Role.HEAD)
    _known(template, language)
    title, body = _checked(title, body)
    row = _edited_row(session, actor, template, language) or NoticeText(
        site_id=actor.site_id, template=template, language=language)
    row.title, row.body = title, body
    session.add(row)
    session.flush()
    audit(session, "notice.save", "notice_text", row.id, template=template, language=language)
    return NoticeTextView(template, language, title, body, edited=True)


def reset_notice_text(session: Session, actor: Actor, template: str, language: str) -> NoticeTextView:
    """Back to the shipped default: the edit is marked deleted, so sync carries the reset too."""
    authorize(session, actor, Role.HEAD)
    _known(template, language)
    rows = session.scalars(select(NoticeText).where(
        NoticeText.site_id == actor.site_id, NoticeText.template == template,
        NoticeText.language == language, NoticeText.deleted.is_(False))).all()
    for row in rows:
        row.deleted = True
        audit(session, "notice.reset", "notice_text", row.id, template=template, language=language)
    session.flush()
    return _text(session, actor, template, language)


# --- printing ---------------------------------------------------------------------------------


def format_date(day: date, language: str) -> str:
    """The date of issue as each language writes it on a notice."""
    if language == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if language == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.year}年{day.month}月{day.day}日"


def fill(text: str, *, committee: str, phone: str, date_text: str, retention_days: int = 28) -> str:
    """``text`` (already checked) with its placeholders filled in; ``retention_days`` is the
    compound's policy value (the privacy notice says how long records are kept)."""
    return text.format(committee=committee, phone=phone, date=date_text, retention_days=retention_days)


def _optional_line(raw: str | None, field_name: str, limit: int) -> str | None:
    text = (raw or "").strip()
    if not text:
        return None
    if len(text) > limit:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Errors", "Use at most {limit} characters."),
                              limit=limit)
    if (bad := _control_character(text, allow_newline=False)) is not None:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Errors", "Remove the control character {char} (a line break, tab or similar)."), char=bad)
    return text


def _languages(languages: list[str]) -> list[str]:
    chosen = list(dict.fromkeys(code.strip() for code in languages if code.strip()))
    if not chosen:
        raise ValidationError("languages", QT_TRANSLATE_NOOP("Errors", "Choose at least one language."))
    unknown = [code for code in chosen if code not in LANGUAGES]
    if unknown:
        raise ValidationError("languages", QT_TRANSLATE_NOOP(
            "Errors", "Unknown language {code}; choose from: {choices}."),
            code=unknown[0], choices=", ".join(LANGUAGES))
    return chosen


def notice_pdf(session: Session, actor: Actor, template: str, languages: list[str], *,
               size: str = "A4", layout: str = "poster", qr: str | None = None,
               phone: str | None = None, drafts: Mapping[str, tuple[str, str]] | None = None,
               translate: Translate = untranslated) -> bytes:
    """The notice as a poster holding every chosen language, or one language per page.

    ``drafts`` maps a language to a (title, body) being edited and not yet saved, which is
    printed instead of the stored text: the editor's live preview.
    """
    authorize(session, actor, Role.GUARD)
    if template not in TEMPLATES:
        raise ValidationError("template", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices=", ".join(TEMPLATES))
    chosen = _languages(languages)
    if size not in SIZES:
        raise ValidationError("size", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices=", ".join(SIZES))
    if layout not in LAYOUTS:
        raise ValidationError("layout", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices=", ".join(LAYOUTS))
    qr = _optional_line(qr, "qr", QR_LIMIT)
    phone = _optional_line(phone, "phone", PHONE_LIMIT)
    if phone is None:
        phone = qr if qr is not None and _PHONE.fullmatch(qr) else BLANK_PHONE
    committee = session.scalars(select(Site.committee).where(Site.id == actor.site_id)).one()
    today = local_today(site_zone(session, actor.site_id))
    retention_days = load_policy(session, actor.site_id).retention_days

    from app.printing.notice import NoticeBlock, NoticeDoesNotFit, notice_document

    blocks = []
    for language in chosen:
        if drafts and language in drafts:
            title, body = _checked(*drafts[language])
        else:
            text = _text(session, actor, template, language)
            title, body = text.title, text.body
        values = dict(committee=committee, phone=phone, date_text=format_date(today, language),
                      retention_days=retention_days)
        blocks.append(NoticeBlock(language, fill(title, **values), fill(body, **values)))
    try:
        return notice_document(blocks, size=size, layout=layout, qr=qr,
                               title=translate("Printing", QT_TRANSLATE_NOOP("Printing", "Notice: {title}"),
                                               -1).format(title=blocks[0].title))
    except NoticeDoesNotFit as error:
        raise ValidationError("body", QT_TRANSLATE_NOOP(
            "Errors", "The {language} text is too long to fit; shorten it or print one language per page."),
            language=LANGUAGE_NAMES[error.language]) from None
