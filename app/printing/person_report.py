"""A person's own copy (PIPL art. 45): everything the committee holds about them, on paper.

The only GatePost document that prints an ID number and a phone number in full: it is made for
the person it names, in their language. Every value arrives already written out (times local,
readings in °C); this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.errors import QT_TRANSLATE_NOOP, Translate
from app.printing.document import PageFurniture, build_pdf, grid, para, styles

_P = "Printing"
WIDTH = 180 * mm


@dataclass(frozen=True)
class Observation:
    summary: list[tuple[str, str]]
    """(label, value) lines: where from, arrived, kind, days, outcome."""
    follow_ups: list[list[str]] = field(default_factory=list)
    """Day, slot, reading, status, symptoms."""


@dataclass(frozen=True)
class PersonReport:
    site: str
    committee: str
    printed_at: str
    printed_by: str
    roster: list[tuple[str, str]]
    """(label, value): name, room, ID document and number in full, phone in full, pass, tags."""
    checks: list[list[str]]
    """Time, gate, reading, fever or not, outcome."""
    observations: list[Observation]
    outings: list[list[str]]
    """Time, and "went out" or "tried to leave (gate)"."""
    audit: list[list[str]]
    """Time, what was done, by whom."""
    retention_days: int


def person_report_pdf(report: PersonReport, language: str, translate: Translate) -> bytes:
    st = styles(language)

    def said(text: str) -> str:
        return translate(_P, text, -1)

    def p(text: str, style=st.body) -> Flowable:
        return para(text, style, language)

    def table(header: Sequence[str], rows: list[list[str]], widths: Sequence[float]) -> Flowable:
        if not rows:
            return p(said(QT_TRANSLATE_NOOP("Printing", "None on file.")), st.small)
        return grid([[said(h) for h in header], *rows], widths, st)

    story: list[Flowable] = [
        p(said(QT_TRANSLATE_NOOP("Printing", "What {committee} holds about you")).format(committee=report.committee),
          st.title),
        p(said(QT_TRANSLATE_NOOP(
            "Printing", "Printed for you at your request on {at} by {by}. It shows your ID number and phone number "
                "in full: keep it safe.")).format(at=report.printed_at, by=report.printed_by), st.small),
        p(said(QT_TRANSLATE_NOOP("Printing", "Your entry in the residents' roster")), st.heading),
        grid([[said(label), value] for label, value in report.roster], [50 * mm, WIDTH - 50 * mm], st,
             header=False),
        p(said(QT_TRANSLATE_NOOP("Printing", "Temperature checks at the gate")), st.heading),
        table([QT_TRANSLATE_NOOP("Printing", "Time"), QT_TRANSLATE_NOOP("Printing", "Gate"), QT_TRANSLATE_NOOP("Printing", "°C"),
               QT_TRANSLATE_NOOP("Printing", "Fever"), QT_TRANSLATE_NOOP("Printing", "Outcome")],
              report.checks, [38 * mm, 34 * mm, 20 * mm, 22 * mm, WIDTH - 114 * mm]),
        p(said(QT_TRANSLATE_NOOP("Printing", "Home observation")), st.heading),
    ]
    if not report.observations:
        story.append(p(said(QT_TRANSLATE_NOOP("Printing", "None on file.")), st.small))
    for observation in report.observations:
        story.append(grid([[said(label), value] for label, value in observation.summary],
                          [50 * mm, WIDTH - 50 * mm], st, header=False))
        if observation.follow_ups:
            story += [Spacer(1, 1.5 * mm), table(
                [QT_TRANSLATE_NOOP("Printing", "Day"), QT_TRANSLATE_NOOP("Printing", "Slot"), QT_TRANSLATE_NOOP("Printing", "°C"),
                 QT_TRANSLATE_NOOP("Printing", "Status"), QT_TRANSLATE_NOOP("Printing", "Symptoms")],
                observation.follow_ups, [26 * mm, 20 * mm, 18 * mm, 40 * mm, WIDTH - 104 * mm])]
        story.append(Spacer(1, 3 * mm))
    story += [
        p(said(QT_TRANSLATE_NOOP("Printing", "Going out")), st.heading),
        table([QT_TRANSLATE_NOOP("Printing", "Time"), QT_TRANSLATE_NOOP("Printing", "What")], report.outings,
              [38 * mm, WIDTH - 38 * mm]),
        p(said(QT_TRANSLATE_NOOP("Printing", "Who did what with your records")), st.heading),
        table([QT_TRANSLATE_NOOP("Printing", "Time"), QT_TRANSLATE_NOOP("Printing", "What"), QT_TRANSLATE_NOOP("Printing", "By")],
              report.audit, [38 * mm, WIDTH - 78 * mm, 40 * mm]),
        Spacer(1, 4 * mm),
        p(said(QT_TRANSLATE_NOOP(
            "Printing", "Checks, visits and follow-ups are deleted {days} days after the day they were made (observations "
                "{days} days after they end); your roster entry stays until you move out. You may ask {committee} "
                "to correct or delete your records.")).format(days=report.retention_days,
                                                             committee=report.committee), st.small),
    ]
    title = said(QT_TRANSLATE_NOOP("Printing", "Your records"))
    furniture = PageFurniture(f"{report.site} · {title} · {report.printed_at}", language, translate)
    return build_pdf(story, title=title, furniture=furniture)
