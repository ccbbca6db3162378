"""Drawing primitives for Nape's exercise illustrations: a line figure and arrows.

Coordinates are in a 200 x 200 box, y pointing down. Angles are in degrees, clockwise,
as SVG's rotate() reads them.
"""
import math
from xml.sax.saxutils import escape

FIGURE = ('fill="none" stroke="currentColor" stroke-width="4" '
          'stroke-linecap="round" stroke-linejoin="round"')
ARROW = ('class="arrow" fill="none" stroke="#e8590c" stroke-width="3" '
         'stroke-linecap="round" stroke-linejoin="round"')
DOTTED = ' stroke-dasharray="0 7"'
SHAFT = ' stroke-dasharray="7 4"'


def n(value):
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def xy(point):
    return f"{n(point[0])} {n(point[1])}"


def rot(point, degrees, about=(0, 0)):
    a = math.radians(degrees)
    x, y = point[0] - about[0], point[1] - about[1]
    return (about[0] + x * math.cos(a) - y * math.sin(a),
            about[1] + x * math.sin(a) + y * math.cos(a))


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


class Drawing:
    """Collect figure elements and arrow elements; render them as one SVG document."""

    def __init__(self, transform=None):
        self.figure = []
        self.arrows = []
        self.transform = transform

    # figure -----------------------------------------------------------------------------
    def path(self, d, extra=""):
        self.figure.append(f'<path d="{d}"{extra}/>')

    def line(self, *points, extra=""):
        self.path("M" + " ".join(xy(p) for p in points), extra)

    def dotted(self, *points):
        self.line(*points, extra=DOTTED)

    def circle(self, c, r, extra=""):
        self.figure.append(f'<circle cx="{n(c[0])}" cy="{n(c[1])}" r="{n(r)}"{extra}/>')

    def ellipse(self, c, rx, ry, angle=0, extra=""):
        turn = f' transform="rotate({n(angle)} {xy(c)})"' if angle else ""
        self.figure.append(
            f'<ellipse cx="{n(c[0])}" cy="{n(c[1])}" rx="{n(rx)}" ry="{n(ry)}"{turn}{extra}/>')

    def dot(self, p, width=5):
        self.path(f"M{xy(p)}h0", f' stroke-width="{n(width)}"')

    def group(self, transform, build):
        inner = Drawing()
        build(inner)
        self.figure.append(f'<g transform="{transform}">' + "".join(inner.figure) + "</g>")

    # arrows -----------------------------------------------------------------------------
    def _head(self, tip, direction, size=8):
        length = math.hypot(*direction) or 1
        ux, uy = direction[0] / length, direction[1] / length
        back = (tip[0] - ux * size, tip[1] - uy * size)
        left = (back[0] - uy * size * 0.7, back[1] + ux * size * 0.7)
        right = (back[0] + uy * size * 0.7, back[1] - ux * size * 0.7)
        self.arrows.append(f'<path d="M{xy(left)}L{xy(tip)}L{xy(right)}"/>')

    def arrow(self, start, end, both=False, size=8):
        """A straight arrow; both=True for a back-and-forth movement."""
        self.arrows.append(f'<path d="M{xy(start)}L{xy(end)}"{SHAFT}/>')
        self._head(end, (end[0] - start[0], end[1] - start[1]), size)
        if both:
            self._head(start, (start[0] - end[0], start[1] - end[1]), size)

    def curve(self, start, control, end, both=False, size=8):
        """A curved arrow along a quadratic curve."""
        self.arrows.append(f'<path d="M{xy(start)}Q{xy(control)} {xy(end)}"{SHAFT}/>')
        self._head(end, (end[0] - control[0], end[1] - control[1]), size)
        if both:
            self._head(start, (start[0] - control[0], start[1] - control[1]), size)

    def arc(self, c, rx, ry, a0, a1, both=False, size=8):
        """An arrow along an elliptical arc from angle a0 to a1 (a turn, a tilt, a circle)."""
        def at(a):
            t = math.radians(a)
            return (c[0] + rx * math.cos(t), c[1] + ry * math.sin(t))

        def tangent(a, sign):
            t = math.radians(a)
            return (-rx * math.sin(t) * sign, ry * math.cos(t) * sign)

        sign = 1 if a1 > a0 else -1
        large = 1 if abs(a1 - a0) > 180 else 0
        sweep = 1 if sign > 0 else 0
        self.arrows.append(f'<path d="M{xy(at(a0))}A{n(rx)} {n(ry)} 0 {large} {sweep} {xy(at(a1))}"{SHAFT}/>')
        self._head(at(a1), tangent(a1, sign), size)
        if both:
            self._head(at(a0), tangent(a0, -sign), size)

    def mark(self, d):
        """A non-arrow cue in the arrow colour: a breath wave, massage strokes."""
        self.arrows.append(f'<path d="{d}"/>')

    # output -----------------------------------------------------------------------------
    def svg(self, title, desc):
        wrap = f' transform="{self.transform}"' if self.transform else ""
        parts = [
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img">',
            f"<title>{escape(title)}</title>",
            f"<desc>{escape(desc)}</desc>",
            f"<g{wrap} {FIGURE}>" + "".join(self.figure) + "</g>",
        ]
        if self.arrows:
            parts.append(f"<g {ARROW}>" + "".join(self.arrows) + "</g>")
        parts.append("</svg>")
        return "\n".join(parts) + "\n"
