"""How numbers are written in charts and answer templates, without loading what draws."""


def format_number(value: float) -> str:
    """Thousands grouped by spaces (read the same in English and Russian), few decimals."""
    if abs(value) >= 1000 or value == int(value):
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.2f}".rstrip("0").rstrip(".") if abs(value) < 10 else f"{value:.1f}"
