#!/usr/bin/env python3
"""Draws the demo catalog's product pictures (docs/forms.md): two small SVGs per design of
web-module/src/main/resources/io/gemlink/web/demo/valentina-gold-catalog.csv, a front view (-1) and a
close-up (-2), shaped by category and coloured by metal colour and stone. Run from the repository root:
    python3 web-module/src/demo-images/generate.py
It rewrites web-module/src/main/webapp/demo/images/ and the CSV's images column ({demo} is the demo's base URL,
filled in by DemoNetwork)."""
import csv
import io
import json
import os

CSV = "web-module/src/main/resources/io/gemlink/web/demo/valentina-gold-catalog.csv"
OUT = "web-module/src/main/webapp/demo/images"
METAL = {"White": ("#e9ebee", "#9aa3ad"), "Yellow": ("#f3d98b", "#b8912f"), "Rose": ("#f2c3b0", "#b7735a"),
         "Silver": ("#e3e6ea", "#8c949c"), "": ("#e9ebee", "#9aa3ad")}
STONE = {"DIAMOND": ("#ffffff", "#8fb8d8"), "SAPPHIRE": ("#3056b8", "#1b327a"), "RUBY": ("#c2253d", "#7d1425"),
         "EMERALD": ("#1f9a62", "#0f5e3a"), "PEARL": ("#fbf7ef", "#cfc4ae")}


def gem(cx, cy, r, stone, shape):
    fill, edge = STONE.get(stone, STONE["DIAMOND"])
    if shape in ("OVAL", "EMERALD", "CUSHION"):
        rx, ry = (r * 0.8, r * 1.1) if shape != "CUSHION" else (r, r)
        corner = 0 if shape == "OVAL" else r * (0.2 if shape == "EMERALD" else 0.45)
        if shape == "OVAL":
            return f'<ellipse cx="{cx}" cy="{cy}" rx="{rx:.1f}" ry="{ry:.1f}" fill="{fill}" stroke="{edge}" stroke-width="2"/>'
        return (f'<rect x="{cx - rx:.1f}" y="{cy - ry:.1f}" width="{2 * rx:.1f}" height="{2 * ry:.1f}" rx="{corner:.1f}"'
                f' fill="{fill}" stroke="{edge}" stroke-width="2"/>')
    if shape == "HEART":
        return (f'<path d="M{cx} {cy + r} C{cx - 1.6 * r} {cy - 0.2 * r} {cx - 0.8 * r} {cy - 1.3 * r} {cx} {cy - 0.45 * r}'
                f' C{cx + 0.8 * r} {cy - 1.3 * r} {cx + 1.6 * r} {cy - 0.2 * r} {cx} {cy + r} Z" fill="{fill}"'
                f' stroke="{edge}" stroke-width="2"/>')
    facets = (f'<path d="M{cx - r * 0.6} {cy - r * 0.2} L{cx} {cy - r * 0.75} L{cx + r * 0.6} {cy - r * 0.2} L{cx} {cy + r * 0.7} Z"'
              f' fill="none" stroke="{edge}" stroke-width="1" opacity=".7"/>') if stone != "PEARL" else ""
    return f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}" stroke="{edge}" stroke-width="2"/>' + facets


def drawing(category, metal, stones, close):
    light, dark = METAL.get(metal, METAL[""])
    s = stones[0] if stones else None
    stone, shape = (s["type"], s.get("shape") or "ROUND") if s else (None, None)
    scale = 1.35 if close else 1.0
    parts = []
    if category == "RING":
        parts.append(f'<ellipse cx="80" cy="92" rx="38" ry="34" fill="none" stroke="{dark}" stroke-width="11"/>')
        parts.append(f'<ellipse cx="80" cy="92" rx="38" ry="34" fill="none" stroke="{light}" stroke-width="7"/>')
        if stone:
            parts.append(gem(80, 54, 15, stone, shape))
            if len(stones) > 1:
                parts += [gem(58, 62, 6, stones[1]["type"], "ROUND"), gem(102, 62, 6, stones[1]["type"], "ROUND")]
    elif category == "EARRINGS":
        for x in (52, 108):
            parts.append(f'<path d="M{x} 30 q-10 8 0 16" fill="none" stroke="{dark}" stroke-width="3"/>')
            parts.append(f'<line x1="{x}" y1="46" x2="{x}" y2="70" stroke="{dark}" stroke-width="3"/>')
            parts.append(gem(x, 88, 14, stone, shape) if stone else
                         f'<circle cx="{x}" cy="88" r="14" fill="{light}" stroke="{dark}" stroke-width="3"/>')
    elif category in ("NECKLACE", "PENDANT"):
        parts.append(f'<path d="M22 26 Q80 118 138 26" fill="none" stroke="{dark}" stroke-width="3" stroke-dasharray="5 3"/>')
        if category == "NECKLACE":
            for i, x in enumerate((50, 65, 80, 95, 110)):
                y = 58 + [10, 17, 20, 17, 10][i]
                parts.append(gem(x, y, 6, stone, "ROUND") if stone else
                             f'<circle cx="{x}" cy="{y}" r="6" fill="{light}" stroke="{dark}" stroke-width="2"/>')
        else:
            parts.append(f'<line x1="80" y1="72" x2="80" y2="84" stroke="{dark}" stroke-width="3"/>')
            parts.append(gem(80, 104, 17, stone, shape) if stone else
                         f'<path d="M80 122 C52 104 62 82 80 94 C98 82 108 104 80 122 Z" fill="{light}" stroke="{dark}" stroke-width="3"/>')
    elif category == "BRACELET":
        parts.append(f'<ellipse cx="80" cy="80" rx="56" ry="30" fill="none" stroke="{dark}" stroke-width="10"/>')
        parts.append(f'<ellipse cx="80" cy="80" rx="56" ry="30" fill="none" stroke="{light}" stroke-width="6"/>')
        if stone:
            parts += [gem(x, 110 - abs(80 - x) * 0.25, 5, stone, "ROUND") for x in (56, 68, 80, 92, 104)]
    elif category == "SET":
        parts.append(f'<ellipse cx="56" cy="98" rx="26" ry="23" fill="none" stroke="{dark}" stroke-width="8"/>')
        parts.append(f'<ellipse cx="56" cy="98" rx="26" ry="23" fill="none" stroke="{light}" stroke-width="4"/>')
        parts.append(gem(56, 72, 11, stone, shape))
        for x in (104, 128):
            parts.append(f'<line x1="{x}" y1="40" x2="{x}" y2="58" stroke="{dark}" stroke-width="3"/>')
            parts.append(gem(x, 70, 9, stone, shape))
    else:  # a loose stone
        parts.append(gem(80, 80, 38, stone, shape))
    body = "".join(parts)
    transform = f' transform="translate(80 80) scale({scale}) translate(-80 -80)"' if close else ""
    background = "#f7f3ea" if not close else "#efe9dc"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">'
            f'<rect width="160" height="160" fill="{background}"/><g{transform}>{body}</g></svg>\n')


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(CSV, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
        header = rows and list(rows[0].keys())
    for row in rows:
        design = (row["variantGroup"] or row["sku"]).lower()
        stones = json.loads(row["stones"]) if row["stones"] else []
        names = []
        for view, close in (("1", False), ("2", True)):
            name = f"{design}-{view}.svg"
            with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
                out.write(drawing(row["category"], row["metalColor"], stones, close))
            names.append("{demo}/demo/images/" + name)
        row["images"] = "|".join(names)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    with open(CSV, "w", encoding="utf-8", newline="") as f:
        f.write(text.getvalue())


if __name__ == "__main__":
    main()
