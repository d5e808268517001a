"""The loss curve of a training job as inline SVG (training and validation loss per step).
Only numbers and fixed labels go into the markup."""

from django.utils.safestring import SafeString, mark_safe

WIDTH, HEIGHT, PAD = 640, 240, 40
SERIES = (("train_loss", "#2563eb", "training loss"), ("val_loss", "#dc2626", "validation loss"))


def loss_curve_svg(history: list[dict]) -> SafeString:
    """An SVG chart of a job's history ([{step, train_loss?, val_loss?}]); "" without points."""
    points = {key: [(int(p["step"]), float(p[key])) for p in history if p.get(key) is not None] for key, _, _ in SERIES}
    values = [v for series in points.values() for _, v in series]
    if not values:
        return mark_safe("")
    last_step = max(s for series in points.values() for s, _ in series) or 1
    low, high = min(values), max(values)
    span = (high - low) or 1.0

    def xy(step: int, value: float) -> tuple[float, float]:
        return (PAD + (WIDTH - 2 * PAD) * step / last_step, HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value - low) / span)

    parts = [
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" stroke="#888"/>',
        f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{HEIGHT - PAD}" stroke="#888"/>',
        f'<text x="{PAD}" y="{HEIGHT - PAD + 16}">0</text>',
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - PAD + 16}" text-anchor="end">step {last_step}</text>',
        f'<text x="4" y="{PAD}">{high:.3f}</text><text x="4" y="{HEIGHT - PAD}">{low:.3f}</text>',
    ]
    for n, (key, colour, label) in enumerate(SERIES):
        if not points[key]:
            continue
        coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(s, v) for s, v in points[key]))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{coordinates}"/>')
        if key == "val_loss":
            parts += [
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>'
                for x, y in (xy(s, v) for s, v in points[key])
            ]
        parts.append(f'<text x="{PAD + 160 * n}" y="16" fill="{colour}">{label}</text>')
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Loss curve" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-size="11" font-family="sans-serif">{"".join(parts)}</svg>'
    )
