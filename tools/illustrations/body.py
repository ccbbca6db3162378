"""The figure: heads seen from the front, the side (facing right) and the back; the upper body
(a "bust") in the same three views; arms and hands. Every function draws into a Drawing."""
from svg import add, n, rot, xy

PIVOT = (100, 102)  # the base of the neck, about which the head tilts and turns
NECK = 42  # from the base of the neck to the centre of the head


def head_front(d, c, r=22, tilt=0, turn=0, pitch=0, eyes="open", mouth=True):
    """A face; turn -1..1 looks left..right, pitch -1..1 looks up..down."""
    s = r / 22
    d.circle(c, r)
    features = []
    shift = 9 * turn * s
    ey = (-3 + 10 * pitch) * s
    width = max(3.5, 5 * s)
    for side in (-1, 1):
        ex = (side * 8 + 0.2 * shift * side) * s + shift
        if eyes == "closed":
            features.append(f'<path d="M{n(ex - 3.5 * s)} {n(ey)}q{n(3.5 * s)} {n(2.5 * s)} {n(7 * s)} 0"/>')
        else:
            features.append(f'<path d="M{n(ex)} {n(ey)}h0" stroke-width="{n(width)}"/>')
    if pitch < 0.8:
        features.append(f'<path d="M{n(shift * 1.3)} {n((1 + 10 * pitch) * s)}v{n(6 * s)}"/>')
    if mouth and -0.6 < pitch < 0.6:
        features.append(
            f'<path d="M{n(-5 * s + shift * 1.2)} {n((13 + 8 * pitch) * s)}q{n(5 * s)} {n(3 * s)} {n(10 * s)} 0"/>')
    d.figure.append(f'<g transform="translate({xy(c)}) rotate({n(tilt)})">' + "".join(features) + "</g>")


def head_side(d, c, r=22, angle=0, eyes="open"):
    """A head in profile facing right; a positive angle nods the chin down."""
    s = r / 22
    d.circle(c, r)
    eye = (f'<path d="M{n(9 * s)} {n(-4 * s)}q{n(3 * s)} {n(2 * s)} {n(6 * s)} 0"/>' if eyes == "closed"
           else f'<path d="M{n(12 * s)} {n(-5 * s)}h0" stroke-width="{n(max(3.5, 5 * s))}"/>')
    features = [
        f'<path d="M{n(21 * s)} {n(-4 * s)}L{n(27 * s)} {n(6 * s)}L{n(20.5 * s)} {n(8.5 * s)}"/>',
        eye,
    ]
    d.figure.append(f'<g transform="translate({xy(c)}) rotate({n(angle)})">' + "".join(features) + "</g>")


def head_back(d, c, r=22):
    """The back of a head: ears and a ragged hairline at the nape."""
    s = r / 22
    d.circle(c, r)
    x, y = c
    d.path(f"M{n(x - r + 1)} {n(y - 6 * s)}c{n(-6 * s)} 0 {n(-6 * s)} {n(12 * s)} 0 {n(12 * s)}")
    d.path(f"M{n(x + r - 1)} {n(y - 6 * s)}c{n(6 * s)} 0 {n(6 * s)} {n(12 * s)} 0 {n(12 * s)}")
    strands = "".join(
        f"M{n(x + dx * s)} {n(y - 21 * s)}Q{n(x + 1.6 * dx * s)} {n(y)} {n(x + 1.2 * dx * s)} {n(y + 14 * s)}"
        for dx in (-9, 0, 9))
    d.path(strands, ' stroke-width="2"')


def head_centre(tilt, drop=0):
    return add(PIVOT, rot((0, -NECK + drop), tilt))


def shoulders(d, lift=0, extra=""):
    """The shoulder line of a front or back view; lift raises the shoulders."""
    d.path(f"M92 102C78 106 62 {n(106 - lift)} 54 {n(118 - lift)}", extra)
    d.path(f"M108 102C122 106 138 {n(106 - lift)} 146 {n(118 - lift)}", extra)


def trunk(d):
    d.line((60, 134), (64, 194))
    d.line((140, 134), (136, 194))


def neck(d, hc, tilt, half=8, depth=20):
    for side in (-1, 1):
        d.line(add(hc, rot((side * half, depth), tilt)), (100 + side * 8, 102))


def bust_front(d, lift=0, tilt=0, turn=0, pitch=0, eyes="open", drop=0, mouth=True):
    """Head, neck, shoulders and trunk seen from the front. Returns the centre of the head."""
    hc = head_centre(tilt, drop)
    head_front(d, hc, 22, tilt, turn, pitch, eyes, mouth)
    neck(d, hc, tilt)
    shoulders(d, lift)
    trunk(d)
    return hc


def bust_back(d, lift=0, tilt=0):
    hc = head_centre(tilt)
    d.group(f"rotate({n(tilt)} {xy(hc)})", lambda g: head_back(g, hc))
    neck(d, hc, tilt)
    shoulders(d, lift)
    trunk(d)
    d.line((100, 118), (100, 150), extra=' stroke-width="2"')
    return hc


def bust_side(d, angle=0, eyes="open"):
    """Head, neck and trunk in profile facing right. Returns the centre of the head."""
    hc = head_centre(angle)
    head_side(d, hc, 22, angle, eyes)
    d.line(add(hc, rot((-12, 18), angle)), (88, 106))
    d.line(add(hc, rot((10, 20), angle)), (112, 106))
    d.path("M88 106C82 130 84 160 86 194")
    d.path("M112 106C126 118 128 150 122 194")
    return hc


def arm(d, *points):
    d.line(*points)


def palm(d, c, angle=0, rx=5, ry=10):
    d.ellipse(c, rx, ry, angle)


def fist(d, c, r=6):
    d.circle(c, r)
