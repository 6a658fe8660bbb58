"""Small bar charts as SVG, drawn on the server: no script, and a data table always beside them.

The picture is for those who see it; its `<title>` says what it shows in one sentence, and the
table next to it (which the chart names with aria-describedby) holds every figure.
"""

from django.utils.html import format_html, format_html_join

WIDTH, HEIGHT, GAP = 600, 160, 1


def bar_chart(values, title, table_id):
    """`values`: (label, number) pairs, drawn as bars from left to right."""
    count = len(values) or 1
    top = max((value for _label, value in values), default=0) or 1
    bar = WIDTH / count
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>',
        (
            (
                _number(index * bar),
                _number(HEIGHT - HEIGHT * value / top),
                _number(max(bar - GAP, 1)),
                _number(HEIGHT * value / top),
                label,
                value,
            )
            for index, (label, value) in enumerate(values)
        ),
    )
    return format_html(
        '<svg class="data-chart" role="img" viewBox="0 0 {} {}" width="{}" height="{}" '
        'aria-describedby="{}" focusable="false"><title>{}</title>'
        '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="currentColor"/>'
        '<g fill="#0a4f9e">{}</g></svg>',
        WIDTH,
        HEIGHT + 1,
        WIDTH,
        HEIGHT + 1,
        table_id,
        title,
        HEIGHT,
        WIDTH,
        HEIGHT,
        bars,
    )


def _number(value):
    return f"{value:.1f}"
