"""Test helpers: write catalogue source folders and PDFs the way a publisher would."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import yaml

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

RESOURCES: list[dict] = [
    {
        "id": "ilo-forced-labour-indicators",
        "title": "Indicators of Forced Labour",
        "type": "indicators",
        "publishers": ["International Labour Organization (ILO)"],
        "year": 2012,
        "topics": ["forced-labour", "indicators"],
        "audiences": ["labour-inspectors"],
        "regions": ["global"],
        "languages": ["en"],
        "summary": "Eleven signs that a worker may be in forced labour, from deception to debt bondage.",
    },
    {
        "id": "fishing-vessel-inspection",
        "title": "Inspecting fishing vessels in port",
        "type": "guidance",
        "publishers": ["Example Port Authority"],
        "year": 2019,
        "topics": ["fishing", "labour-inspection"],
        "audiences": ["labour-inspectors", "police"],
        "countries": ["TH"],
        "regions": ["southeast-asia"],
        "languages": ["en"],
        "documents": [{"path": "vessel-guide.pdf", "language": "en", "title": "Field guide"}],
        "summary": "How to board and inspect a fishing boat alongside the quay.",
    },
    {
        "id": "cambodia-referral-sop",
        "title": "Referral procedures for victims",
        "type": "sop",
        "publishers": ["National Committee"],
        "year": 2016,
        "topics": ["referral"],
        "audiences": ["social-workers"],
        "countries": ["KH"],
        "regions": ["southeast-asia"],
        "languages": ["en", "km"],
        "summary": "Steps from first identification to shelter and legal aid.",
    },
    {
        "id": "vn-nguoi-bi-mua-ban",
        "title": "Hướng dẫn xác định nạn nhân bị mua bán người",
        "type": "guidance",
        "publishers": ["Bộ Công an"],
        "year": 2014,
        "topics": ["victim-identification"],
        "audiences": ["police"],
        "countries": ["VN"],
        "regions": ["southeast-asia"],
        "languages": ["vi"],
        "translations": ["th-card"],
        "summary": "Tài liệu hướng dẫn công an xác định nạn nhân bị mua bán người tại cửa khẩu.",
    },
    {
        "id": "th-card",
        "title": "บัตรคัดกรองผู้เสียหายจากการค้ามนุษย์",
        "type": "screening-tool",
        "publishers": ["กระทรวงแรงงาน"],
        "year": 2021,
        "topics": ["screening"],
        "audiences": ["labour-inspectors"],
        "countries": ["TH"],
        "regions": ["southeast-asia"],
        "languages": ["th"],
        "translations": ["vn-nguoi-bi-mua-ban"],
        "summary": "แนวทางการสัมภาษณ์แรงงานประมงเพื่อคัดกรองผู้เสียหายจากการค้ามนุษย์",
    },
    {
        "id": "zh-child-guide",
        "title": "儿童受害者识别指南",
        "type": "guidance",
        "publishers": ["示例机构"],
        "year": 2020,
        "topics": ["child-trafficking"],
        "audiences": ["social-workers"],
        "countries": ["CN"],
        "regions": ["east-asia"],
        "languages": ["zh"],
        "summary": "本指南说明如何识别人口贩卖的儿童受害者并转介到保护机构。",
    },
    {
        "id": "old-indicators",
        "title": "Older indicator list",
        "type": "indicators",
        "publishers": ["International Labour Organization (ILO)"],
        "year": 2005,
        "topics": ["indicators"],
        "regions": ["global"],
        "languages": ["en"],
        "summary": "An earlier list of signs, kept for reference.",
    },
    {
        "id": "new-indicators",
        "title": "Revised indicator list",
        "type": "indicators",
        "publishers": ["International Labour Organization (ILO)"],
        "year": 2022,
        "topics": ["indicators"],
        "regions": ["global"],
        "languages": ["en"],
        "supersedes": ["old-indicators"],
        "documents": [{"path": "notes.md", "language": "en"}],
        "summary": "The current list of signs.",
    },
]

PDF_PAGES = [
    "Boarding the vessel. Ask the skipper for the crew list and compare it with the people on board.",
    "Living quarters. Look for locked cabins and crew sleeping on deck without bedding.",
    "Wages and debts. Ask each fisher whether an advance must be repaid before they may leave. "
    "Debt bondage at sea often starts with a recruitment fee paid to a broker.",
    "Identity papers. Seafarer books and passports kept by the captain are a warning sign.",
]


def write_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def write_resource(root: Path, data: dict, name: str | None = None) -> Path:
    data = dict(data)
    summary = data.pop("summary", "A resource.")
    path = root / "resources" / (name or f"{data['id']}.md")
    path.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(f"---\n{front}---\n{summary}\n", encoding="utf-8")
    return path


def make_catalogue(root: Path, resources: list[dict] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "catalogue.yaml").write_text(
        "id: test-catalogue\ntitle: Test catalogue\npublisher: Test publisher\n"
        "languages: [en, th, vi]\nlabels:\n  topics:\n    forced-labour: Forced labour\n",
        encoding="utf-8",
    )
    write_pdf(root / "documents" / "vessel-guide.pdf", PDF_PAGES)
    (root / "documents" / "notes.md").write_text(
        "# Notes\n\nThe revised list adds **excessive overtime** as a sign.\n", encoding="utf-8"
    )
    for data in resources if resources is not None else RESOURCES:
        write_resource(root, data)
    return root
