namespace ScoreLang.Reports;

/// <summary>The report's only style sheet, inlined in the page: nothing is fetched when it is opened.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --accent: #1f77b4; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #f5f7fa; }
        header, main, footer { max-width: 1040px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 0 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; }
        h3 { font-size: 17px; margin: 22px 0 6px; }
        h4 { font-size: 15px; margin: 16px 0 4px; }
        section.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 18px 22px; margin: 18px 0; }
        p.meta, p.note, caption { color: var(--muted); }
        caption { text-align: left; font-size: 13px; padding: 4px 0; caption-side: top; }
        nav ul { display: flex; flex-wrap: wrap; gap: 6px 14px; list-style: none; padding: 0; }
        nav a { color: var(--accent); }
        dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 8px; margin: 8px 0; }
        dl.facts div { background: #f0f3f8; border-radius: 6px; padding: 6px 10px; }
        dl.facts dt { font-size: 12px; color: var(--muted); }
        dl.facts dd { margin: 0; font-size: 18px; font-weight: 600; }
        table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; min-width: 420px; }
        th, td { border-bottom: 1px solid var(--line); padding: 3px 10px; text-align: right; }
        th[scope="row"], thead th:first-child { text-align: left; }
        thead th { background: #eef1f6; }
        table.matrix td { min-width: 56px; }
        svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0; }
        p.note { font-size: 13px; }
        details { margin: 4px 0 10px; }
        summary { cursor: pointer; color: var(--accent); }
        code { background: #eef1f6; padding: 0 3px; border-radius: 3px; }
        .rule-text { text-align: left; font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
        tr.unmatched { color: var(--muted); }
        footer { color: var(--muted); font-size: 12px; padding-bottom: 30px; }
        """;
}
