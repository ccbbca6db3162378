"""One drawing per exercise id: the pose, then arrows for the movement or the pressure.

Each function draws into a Drawing and returns a one-sentence description for <desc>.
"""
from body import (arm, bust_back, bust_front, bust_side, fist, head_back, head_front, head_side,
                  palm, shoulders, trunk)
from svg import add, n, rot

DRAWINGS = {}


def draws(exercise_id, transform=None):
    def register(function):
        DRAWINGS[exercise_id] = (function, transform)
        return function
    return register


def wave(d, x, y, length=3):
    d.mark(f"M{n(x)} {n(y)}" + "q4 -5 8 0t8 0" + "t8 0" * (length - 2))


def breath(d, x, y):
    """Breathing: a wave leaving the mouth."""
    wave(d, x, y)


def strokes(d, *points):
    """Small massage strokes: a short dash at each point."""
    d.mark("".join(f"M{n(x)} {n(y)}l{n(dx)} {n(dy)}" for x, y, dx, dy in points))


def arms_down(d):
    arm(d, (54, 118), (48, 156), (46, 190))
    arm(d, (146, 118), (152, 156), (154, 190))


def hands_on_forehead_side(d):
    arm(d, (100, 122), (146, 104), (130, 58))
    palm(d, (127, 46), 0, 4.5, 11)


def hands_behind_head_side(d, hc=(100, 60)):
    arm(d, (100, 122), (122, 92), (hc[0] - 20, hc[1] + 4))
    palm(d, (hc[0] - 25, hc[1] - 2), 0, 4.5, 11)


def palms_on_neck_side(d):
    arm(d, (100, 122), (124, 96), (86, 92))
    palm(d, (82, 88), 20, 4.5, 10)


# --- isometric neck complex --------------------------------------------------------------

@draws("iso-forehead-press")
def forehead_press(d):
    bust_side(d)
    hands_on_forehead_side(d)
    d.arrow((92, 44), (116, 44))
    return "A seated figure in profile presses the forehead forward into the palms, which hold it still."


@draws("iso-back-of-head-press")
def back_of_head_press(d):
    bust_side(d)
    hands_behind_head_side(d)
    d.arrow((108, 46), (84, 46))
    return "A figure in profile with fingers laced behind the head presses the head back into the hands."


@draws("iso-temple-press")
def temple_press(d):
    bust_front(d)
    arm(d, (146, 118), (172, 96), (128, 68))
    palm(d, (126, 54), 0, 4.5, 11)
    arm(d, (54, 118), (48, 156), (46, 190))
    d.arrow((96, 44), (118, 44))
    return "A figure seen from the front presses one temple sideways into the palm of the same hand."


@draws("iso-head-back-against-palms")
def head_back_against_palms(d):
    bust_side(d, angle=-24)
    palms_on_neck_side(d)
    d.arc((100, 102), 68, 68, -62, -112)
    d.line((112, 40), (128, 14), extra=' stroke-width="2" stroke-dasharray="3 5"')
    return "A figure in profile holds the palms over the back of the neck and takes the head back, eyes up."


@draws("iso-forward-bend-yielding")
def forward_bend_yielding(d):
    bust_side(d, angle=32)
    palms_on_neck_side(d)
    d.arc((100, 102), 66, 66, -78, -22)
    return "A figure in profile with palms on the back of the neck lets the head sink forward, chin to chest."


@draws("iso-slow-turn-with-gaze")
def slow_turn_with_gaze(d):
    bust_front(d, turn=0.8)
    arms_down(d)
    d.arc((100, 24), 34, 9, 160, 20)
    d.line((116, 57), (150, 52), extra=' stroke-width="2" stroke-dasharray="3 5"')
    return "A figure seen from the front turns the head slowly to one side, eyes leading the way."


@draws("iso-chin-rubs-collarbones")
def chin_rubs_collarbones(d):
    bust_front(d, pitch=1, drop=10, mouth=False)
    arms_down(d)
    d.path("M86 50Q100 42 114 50", ' stroke-width="3"')
    d.path("M72 122q12 4 22 0M106 122q12 4 22 0", ' stroke-width="3"')
    d.curve((64, 100), (100, 126), (136, 100), both=True)
    return "A figure with the head hanging forward sweeps the chin from side to side along the collarbones."


@draws("iso-back-of-head-rubs-neck")
def back_of_head_rubs_neck(d):
    bust_front(d, pitch=-0.9, drop=4, mouth=False)
    arms_down(d)
    d.path("M86 80Q100 90 114 80", ' stroke-width="3"')
    d.arc((100, 102), 74, 74, -125, -55, both=True)
    return "A figure with the head tipped back rolls the back of the head from side to side over the low neck."


@draws("iso-crown-stretch")
def crown_stretch(d):
    bust_front(d)
    arms_down(d)
    d.arrow((100, 34), (100, 6))
    d.arc((100, 30), 30, 8, 160, 20, both=True)
    return "A figure seen from the front reaches the crown upwards and turns the head a little each way."


# --- chair -------------------------------------------------------------------------------

def chair_side(d, x=62, seat=148):
    d.line((x, seat - 52), (x + 4, seat), (x + 46, seat))
    d.line((x + 6, seat), (x + 6, 192))
    d.line((x + 42, seat), (x + 42, 192))


@draws("chair-turns-and-tilts")
def turns_and_tilts(d):
    bust_front(d)
    arms_down(d)
    d.arc((100, 24), 30, 8, 160, 20, both=True)
    d.arc((100, 102), 60, 60, -168, -128, both=True)
    d.arc((100, 102), 60, 60, -52, -12, both=True)
    return "A figure seated upright turns the head slowly left and right, then tilts it to each shoulder."


@draws("chair-towel-behind-head")
def towel_behind_head(d):
    chair_side(d, 58, 150)
    d.line((84, 146), (100, 96))  # back, leaning forward
    d.line((84, 146), (128, 148), (130, 190), (144, 190))
    head_side(d, (114, 76), 14, 10)
    arm(d, (100, 100), (88, 64), (76, 30))
    d.path("M70 24l14 10M68 30l14 10M70 24l-2 6M84 34l-2 6", ' stroke-width="3"')
    d.arc((100, 100), 80, 80, -78, -118)
    return "A figure on the edge of a chair leans forward and takes a taut towel up and back behind the head."


# --- yoga --------------------------------------------------------------------------------

@draws("yoga-half-forward-bend")
def half_forward_bend(d):
    d.line((172, 20), (172, 192))
    d.path("M172 40l10-8M172 80l10-8M172 120l10-8M172 160l10-8", ' stroke-width="2"')
    d.line((10, 192), (172, 192), extra=' stroke-width="2"')
    d.line((70, 190), (70, 118), (132, 112))
    d.line((70, 190), (82, 190))
    head_side(d, (146, 112), 11, 70)
    arm(d, (128, 116), (168, 104))
    d.arrow((76, 96), (140, 90), both=True)
    return "A figure bends at the hips with a flat back, hands on a wall, stretching long from hips to hands."


@draws("yoga-warrior-two")
def warrior_two(d):
    d.line((10, 192), (190, 192), extra=' stroke-width="2"')
    head_front(d, (100, 54), 12, turn=-0.8)
    d.line((100, 66), (100, 128))
    d.line((20, 84), (180, 84))
    d.line((100, 128), (58, 140), (50, 190))
    d.line((100, 128), (160, 190))
    d.line((50, 190), (36, 190))
    d.line((160, 190), (172, 188))
    d.arrow((54, 72), (18, 72))
    d.arrow((146, 72), (182, 72))
    return "A figure stands with feet wide and one knee bent, arms stretched out to the sides, gaze over the front hand."


@draws("yoga-seated-twist")
def seated_twist(d):
    d.path("M56 170Q100 148 146 172M58 176Q100 192 142 164")
    d.line((100, 160), (100, 100))
    d.line((76, 104), (124, 100))
    head_front(d, (102, 80), 14, turn=0.9)
    arm(d, (76, 104), (104, 140), (132, 168))
    arm(d, (124, 100), (144, 136), (146, 170))
    d.arc((100, 122), 38, 10, 160, 20)
    return "A figure sits cross-legged on the floor and twists the upper body and head to one side, spine long."


@draws("yoga-childs-pose")
def childs_pose(d):
    d.line((10, 192), (192, 192), extra=' stroke-width="2"')
    d.line((66, 188), (112, 188))
    d.line((72, 172), (112, 186))
    d.path("M72 172C80 140 118 140 140 168")
    head_side(d, (152, 176), 11, 100)
    arm(d, (136, 166), (190, 186))
    d.curve((96, 128), (150, 120), (186, 160))
    return "A figure kneels with hips on heels, forehead on the floor and arms stretched out in front."


# --- simple exercises --------------------------------------------------------------------

@draws("simple-ease-back-first")
def ease_back_first(d):
    d.line((14, 150), (190, 150))
    d.line((20, 150), (20, 188))
    d.line((184, 150), (184, 188))
    head_side(d, (36, 136), 13, -90)
    d.line((50, 145), (116, 145))
    d.line((116, 145), (134, 106), (178, 110))
    return "A figure lies on the back on a firm bed with the legs raised and bent, easing the lower back."


@draws("simple-tilt-forward-back")
def tilt_forward_back(d):
    bust_side(d)
    arm(d, (100, 122), (102, 160), (106, 190))
    d.arc((100, 102), 68, 68, -128, -52, both=True)
    return "A figure in profile tilts the head slowly forward as far as it goes, then slowly back."


@draws("simple-turns")
def simple_turns(d):
    bust_front(d)
    arms_down(d)
    d.arc((100, 24), 36, 10, 160, 20, both=True)
    return "A figure seen from the front turns the head slowly to one side, then to the other."


@draws("simple-ear-to-shoulder")
def ear_to_shoulder(d):
    bust_front(d, tilt=22)
    arms_down(d)
    d.arc((100, 102), 72, 72, -140, -40, both=True)
    return "A figure seen from the front tilts the head towards one shoulder, then towards the other."


@draws("simple-resisted-tilt-forward")
def resisted_tilt_forward(d):
    bust_side(d, angle=8)
    hands_on_forehead_side(d)
    d.arc((100, 102), 78, 78, -84, -54)
    return "A figure in profile tilts the head forward against both hands resting on the forehead."


@draws("simple-resisted-tilt-back")
def resisted_tilt_back(d):
    bust_side(d, angle=-6)
    hands_behind_head_side(d, (96, 60))
    d.arc((100, 102), 78, 78, -96, -126)
    return "A figure in profile tilts the head back against both hands resting on the back of the head."


def dumbbell(d, x, y):
    d.line((x - 8, y), (x + 8, y))
    d.path(f"M{n(x - 8)} {n(y - 6)}v12M{n(x + 8)} {n(y - 6)}v12")


@draws("simple-shoulder-raises")
def shoulder_raises(d):
    bust_front(d)
    arm(d, (54, 118), (46, 154), (42, 178))
    arm(d, (146, 118), (154, 154), (158, 178))
    dumbbell(d, 42, 184)
    dumbbell(d, 158, 184)
    d.arrow((38, 110), (38, 80), both=True)
    d.arrow((162, 110), (162, 80), both=True)
    return "A figure holds a light dumbbell in each hand and raises both shoulders slowly, then lowers them."


# --- breathing ---------------------------------------------------------------------------

@draws("breathing-tilt-and-shrugs")
def tilt_and_shrugs(d):
    bust_front(d, pitch=0.5, tilt=0)
    arms_down(d)
    d.arrow((38, 110), (38, 80), both=True)
    d.arrow((162, 110), (162, 80), both=True)
    breath(d, 128, 30)
    return "A figure breathes in, tilts the head gently forward and raises and lowers the shoulders."


@draws("breathing-fists-to-sides")
def fists_to_sides(d):
    d.line((10, 192), (190, 192), extra=' stroke-width="2"')
    head_side(d, (92, 40), 13)
    d.line((90, 54), (88, 118))
    d.line((88, 118), (100, 150), (92, 188), (106, 190))
    arm(d, (90, 64), (148, 68))
    fist(d, (154, 68))
    d.line((90, 64), (84, 98), (108, 96), extra=' stroke-width="3"' + ' stroke-dasharray="0 7"')
    d.arrow((118, 82), (150, 82), both=True)
    breath(d, 122, 40)
    return "A standing figure breathes in with fists stretched forward, then breathes out with elbows pressed to the sides."


@draws("breathing-head-down-up")
def head_down_up(d):
    hc = bust_side(d, angle=30)
    hands_behind_head_side(d, hc)
    d.arc((100, 102), 70, 70, -122, -40, both=True)
    breath(d, 146, 96)
    return "A figure with fingers laced behind the head lowers the head breathing in and raises it breathing out."


@draws("breathing-side-tilts")
def side_tilts(d):
    bust_front(d, tilt=20)
    arm(d, (54, 118), (22, 76), (94, 58))
    arm(d, (146, 118), (178, 84), (134, 70))
    d.arc((100, 102), 74, 74, -140, -40, both=True)
    breath(d, 150, 112)
    return "A figure with hands behind the head tilts the head towards each shoulder in time with the breath."


# --- posture -----------------------------------------------------------------------------

@draws("posture-trapezius-release")
def trapezius_release(d):
    bust_front(d)
    shoulders(d, 16, ' stroke-width="3" stroke-dasharray="0 7"')
    arms_down(d)
    d.arrow((36, 84), (36, 114))
    d.arrow((164, 84), (164, 114))
    return "A figure lifts the shoulders up towards the ears, shown dotted, then lets them fall loose."


@draws("posture-thread")
def thread(d):
    bust_side(d)
    arm(d, (100, 122), (102, 160), (106, 190))
    d.arrow((96, 38), (96, 6))
    d.arrow((146, 76), (130, 76))
    return "A figure in profile draws the crown of the head up as if hung from a thread, chin tucked slightly in."


@draws("posture-thread-sequence")
def thread_sequence(d):
    bust_side(d)
    arm(d, (100, 122), (102, 160), (106, 190))
    d.arrow((100, 36), (100, 6))
    d.arc((100, 102), 70, 70, -134, -100, both=True)
    d.arc((100, 102), 70, 70, -80, -46, both=True)
    return "A figure in profile lengthens the neck upwards, then moves the head gently forward, to the sides and back."


# --- self-massage ------------------------------------------------------------------------

def hands_on_nape(d):
    arm(d, (54, 118), (28, 88), (84, 90))
    arm(d, (146, 118), (172, 88), (116, 90))
    palm(d, (90, 88), 70, 4.5, 9)
    palm(d, (110, 88), -70, 4.5, 9)


@draws("massage-stroking")
def stroking(d):
    bust_back(d)
    hands_on_nape(d)
    d.curve((86, 78), (84, 104), (58, 106))
    d.curve((114, 78), (116, 104), (142, 106))
    return "A figure seen from behind strokes down the back of the neck with both palms and out over the shoulders."


@draws("massage-circular-rubbing")
def circular_rubbing(d):
    bust_back(d)
    arm(d, (146, 118), (172, 88), (112, 88))
    palm(d, (106, 88), -70, 4.5, 9)
    for c in ((82, 90), (62, 108)):
        d.arc(c, 9, 9, -60, 230, size=6)
    return "A figure seen from behind rubs the neck and the top of the shoulder in small circles with the fingertips."


@draws("massage-kneading")
def kneading(d):
    bust_back(d)
    arm(d, (146, 118), (140, 150), (80, 118))
    d.path("M66 114c-2-10 10-14 16-8M82 106c4 4 2 12-6 12", ' stroke-width="3"')
    d.curve((56, 100), (70, 82), (86, 92), size=6)
    strokes(d, (92, 100, 4, -4), (96, 108, 5, -2))
    return "A figure seen from behind takes the top of the shoulder between thumb and fingers and lifts it gently."


@draws("massage-patting")
def patting(d):
    bust_back(d)
    arm(d, (54, 118), (26, 100), (56, 88))
    arm(d, (146, 118), (174, 100), (144, 88))
    palm(d, (64, 88), 70, 4.5, 9)
    palm(d, (136, 88), -70, 4.5, 9)
    d.arrow((64, 96), (64, 110), both=True, size=6)
    d.arrow((136, 96), (136, 110), both=True, size=6)
    strokes(d, (80, 98, 4, 4), (120, 98, -4, 4), (78, 108, 6, 0), (122, 108, -6, 0))
    return "A figure seen from behind pats the neck and shoulders lightly with loose fingertips."


@draws("massage-one-hand")
def one_hand(d):
    d.line((20, 140), (40, 140))
    d.line((30, 140), (30, 192))
    bust_front(d, tilt=-6)
    arm(d, (54, 118), (32, 138), (50, 172))
    arm(d, (146, 118), (136, 146), (90, 100))
    palm(d, (84, 96), 40, 4.5, 9)
    d.curve((76, 76), (68, 98), (48, 104))
    strokes(d, (92, 116, 4, 4), (66, 120, 4, 4))
    return "A seated figure rests one elbow on the chair back and massages that side of the neck with the other hand."


@draws("massage-neck")
def massage_neck(d):
    bust_back(d)
    arm(d, (146, 118), (172, 88), (110, 86))
    palm(d, (104, 86), -70, 4.5, 9)
    d.arrow((86, 76), (86, 104))
    strokes(d, (118, 96, 6, 2), (118, 104, 6, 0), (80, 110, -4, 4))
    return "A standing figure seen from behind strokes the back of the neck from top to bottom, a little firmer each time."


@draws("massage-shoulders")
def massage_shoulders(d):
    bust_back(d)
    palm(d, (72, 108), 70, 5, 10)
    palm(d, (128, 108), -70, 5, 10)
    d.curve((88, 96), (70, 94), (46, 106))
    d.curve((112, 96), (130, 94), (154, 106))
    return "A figure seen from behind works the hands out along the tops of both shoulders."


def hands_at_skull(d, y=78):
    arm(d, (54, 118), (26, 82), (78, y))
    arm(d, (146, 118), (174, 82), (122, y))
    palm(d, (82, y - 2), 60, 4.5, 8)
    palm(d, (118, y - 2), -60, 4.5, 8)


@draws("massage-skull-junction")
def skull_junction(d):
    bust_back(d)
    hands_at_skull(d, 74)
    d.arrow((84, 92), (116, 92), both=True, size=6)
    return "A figure seen from behind massages the place where the head joins the neck with the fingertips."


@draws("massage-skull-grooves")
def skull_grooves(d):
    bust_back(d)
    hands_at_skull(d, 66)
    d.arc((92, 80), 5, 5, -60, 230, size=5)
    d.arc((108, 80), 5, 5, -60, 230, size=5)
    return "A figure seen from behind presses gently into the two grooves at the base of the skull."


@draws("massage-scalp")
def scalp(d):
    bust_back(d)
    arm(d, (54, 118), (30, 70), (74, 40))
    arm(d, (146, 118), (170, 70), (126, 40))
    d.path("M74 40l6-10M74 40l10-6M126 40l-6-10M126 40l-10-6", ' stroke-width="3"')
    d.arc((90, 52), 6, 6, -60, 230, size=5)
    d.arc((110, 52), 6, 6, -60, 230, size=5)
    return "A figure seen from behind massages the whole scalp with spread fingertips."


# --- progressive relaxation --------------------------------------------------------------

LYING_FRONT = "rotate(-90 100 100) translate(0 -4)"


@draws("pmr-hands", LYING_FRONT)
def pmr_hands(d):
    bust_front(d, eyes="closed")
    arm(d, (54, 118), (48, 150), (46, 168))
    fist(d, (46, 174))
    arm(d, (146, 118), (152, 150), (154, 168))
    fist(d, (154, 174))
    d.ellipse((47, 164), 13, 22, 0, ' stroke-width="3" stroke-dasharray="0 7"')
    d.ellipse((153, 164), 13, 22, 0, ' stroke-width="3" stroke-dasharray="0 7"')
    return "A figure lying on the back makes gentle fists, the tense hands circled in dots, then lets them fall open."


@draws("pmr-shoulders", LYING_FRONT)
def pmr_shoulders(d):
    bust_front(d, eyes="closed", lift=12)
    shoulders(d, -4, ' stroke-width="3" stroke-dasharray="0 7"')
    arm(d, (54, 106), (48, 146), (46, 176))
    arm(d, (146, 106), (152, 146), (154, 176))
    d.arrow((88, 26), (118, 26), both=True)
    d.arrow((88, 174), (118, 174), both=True)
    return "A figure lying on the back draws the shoulders up towards the ears, then lets them drop, shown dotted."


def lying_side(d, angle=-90):
    """A figure lying on the back, in profile, head on a low pillow to the left."""
    d.line((10, 174), (190, 174), extra=' stroke-width="2"')
    d.ellipse((46, 166), 28, 7)
    hc = (48, 138)
    head_side(d, hc, 20, angle, eyes="closed")
    d.line(add(hc, rot((-12, 18), angle)), (82, 166), (190, 166))
    d.line(add(hc, rot((10, 20), angle)), (84, 130))
    d.path("M84 130C100 120 140 122 190 128")
    arm(d, (96, 150), (150, 158), (188, 160))
    return hc


@draws("pmr-neck-back")
def pmr_neck_back(d):
    lying_side(d)
    d.path("M24 126A26 26 0 0 0 62 162", ' stroke-width="3" stroke-dasharray="0 7"')
    d.arrow((48, 88), (48, 110))
    return "A figure lying on the back presses the back of the head gently into a low pillow, then lets it rest."


@draws("pmr-chin-to-chest")
def pmr_chin_to_chest(d):
    lying_side(d, angle=-72)
    d.path("M70 140Q82 132 96 136", ' stroke-width="3" stroke-dasharray="0 7"')
    d.curve((60, 100), (84, 96), (92, 118), size=7)
    return "A figure lying on the back draws the chin gently towards the chest, head still resting."


def big_face(d, eyes):
    d.circle((100, 92), 62)
    d.path("M38 84c-10 0-10 24 0 24M162 84c10 0 10 24 0 24")
    d.line((80, 154), (80, 194))
    d.line((120, 154), (120, 194))
    d.path("M100 94l-6 22h10")
    if eyes:
        d.path("M66 90q10 8 20 0M114 90q10 8 20 0")


@draws("pmr-jaw")
def pmr_jaw(d):
    big_face(d, eyes=True)
    d.line((84, 134), (116, 134))
    d.path("M42 112Q56 170 100 170Q144 170 158 112", ' stroke-width="3" stroke-dasharray="0 7"')
    d.arrow((72, 190), (80, 172), size=6)
    d.arrow((128, 190), (120, 172), size=6)
    return "A relaxed face with closed eyes clenches the teeth gently, the jaw outlined in dots, then lets the mouth fall open."


@draws("pmr-forehead-eyes")
def pmr_forehead_eyes(d):
    big_face(d, eyes=False)
    d.path("M64 88l22 4M64 96l22-4M136 88l-22 4M136 96l-22-4")
    d.path("M62 70l24 8M138 70l-24 8M96 64v10M104 64v10")
    d.path("M102 134q-6 4 -12 0", ' stroke-width="3"')
    d.path("M46 62Q100 10 154 62", ' stroke-width="3" stroke-dasharray="0 7"')
    d.arrow((52, 56), (70, 66), size=6)
    d.arrow((148, 56), (130, 66), size=6)
    return "A face frowns and squeezes the eyes shut gently, the forehead outlined in dots, then lets it go smooth."


# --- first aid ---------------------------------------------------------------------------

@draws("first-aid-spasm")
def first_aid(d):
    bust_back(d)
    d.path("M66 94l22-6 6 20-22 6z")
    d.path("M40 46v20M31 51l18 10M31 61l18-10", ' stroke-width="3"')
    d.path("M116 104l6-6 4 8 6-8 4 8 6-6", ' stroke-width="3"')
    return "A figure seen from behind holds a cold pack on a cramped muscle at the side of the neck."


# --- desk habits -------------------------------------------------------------------------

@draws("habit-core-and-posture")
def core_and_posture(d):
    d.line((10, 192), (190, 192), extra=' stroke-width="2"')
    head_side(d, (100, 32), 13)
    d.line((98, 46), (98, 56))
    d.path("M92 56C86 80 88 104 92 120M106 56C116 70 114 100 108 120")
    d.line((94, 120), (96, 188), (112, 190))
    d.line((104, 120), (106, 188))
    arm(d, (100, 62), (98, 96), (102, 120))
    d.line((98, 8), (98, 196), extra=' stroke-width="2" stroke-dasharray="2 6"')
    d.path("M114 90q6 8 0 18", ' stroke-width="3"')
    return "A standing figure in profile with ear, shoulder and hip in one line and the belly gently firm."


def desk(d):
    d.line((124, 118), (196, 118))
    d.line((188, 118), (188, 192))
    d.line((164, 112), (164, 72), (172, 70), (172, 112))
    d.line((168, 112), (168, 118))
    d.line((152, 116), (136, 116))


def seated_at_desk(d):
    chair_side(d, 42, 150)
    d.line((10, 192), (196, 192), extra=' stroke-width="2"')
    d.line((70, 146), (74, 84))
    d.line((70, 146), (118, 148), (120, 190), (132, 190))
    head_side(d, (80, 64), 14)
    arm(d, (74, 92), (82, 122), (126, 114))
    desk(d)


@draws("habit-sit-close")
def sit_close(d):
    seated_at_desk(d)
    return "A figure sits upright close to the desk, forearms resting on it, the screen at eye height."


@draws("habit-hourly-position-change")
def hourly_position_change(d):
    chair_side(d, 20, 150)
    d.line((10, 192), (196, 192), extra=' stroke-width="2"')
    head_side(d, (124, 66), 13)
    d.line((122, 80), (122, 138))
    d.line((122, 138), (116, 190), (128, 190))
    d.line((122, 138), (132, 190))
    arm(d, (122, 88), (112, 56), (108, 30))
    arm(d, (122, 88), (136, 56), (140, 30))
    d.circle((170, 36), 20)
    d.line((170, 24), (170, 36), (180, 42), extra=' stroke-width="3"')
    d.curve((46, 88), (66, 52), (98, 60))
    return "A figure has got up from the chair to stretch; a clock shows that an hour has passed."


@draws("habit-rest-the-neck")
def rest_the_neck(d):
    bust_side(d, eyes="closed")
    arm(d, (100, 122), (102, 160), (106, 190))
    d.path("M78 84Q76 100 86 112", ' stroke-width="3" stroke-dasharray="0 7"')
    d.circle((164, 36), 20)
    d.path("M158 28v16M170 28v16")
    return "A figure in profile sits with eyes closed and the neck at ease; a pause sign says to rest."


@draws("habit-neck-exercises-at-work")
def neck_exercises_at_work(d):
    seated_at_desk(d)
    d.arc((80, 64), 26, 7, 160, 20, both=True)
    return "A figure at the desk turns the head slowly during work, a short neck break."


@draws("habit-no-phone-on-shoulder")
def no_phone_on_shoulder(d):
    hc = bust_front(d, tilt=24, lift=10)
    arm(d, (54, 108), (48, 150), (46, 190))
    arm(d, (146, 108), (152, 150), (154, 190))
    d.figure.append('<rect x="137" y="78" width="10" height="26" rx="3" transform="rotate(-24 142 91)"/>')
    d.circle((40, 40), 26)
    d.line((22, 22), (58, 58))
    d.figure.append('<rect x="34" y="28" width="12" height="24" rx="3" stroke-width="3"/>')
    return "A figure clamps a phone between ear and raised shoulder, crossed out: do not hold the phone this way."


@draws("habit-hair-brushing")
def hair_brushing(d):
    bust_side(d)
    arm(d, (100, 122), (136, 88), (114, 34))
    d.line((114, 34), (88, 28))
    d.path("M88 22l-18 12 6 8 18-12z")
    d.path("M74 46l-4 4M80 42l-4 4M86 38l-4 4", ' stroke-width="2"')
    return "A figure in profile brushes the hair with the head held upright, not tipped back."


@draws("habit-bed-and-pillow")
def bed_and_pillow(d):
    d.path("M12 150h178v16H12z")
    d.line((18, 166), (18, 188))
    d.line((184, 166), (184, 188))
    d.ellipse((40, 140), 22, 6)
    head_side(d, (42, 120), 13, -90)
    d.line((54, 130), (120, 132), (184, 138))
    d.path("M58 118C80 112 110 116 120 126")
    arm(d, (64, 130), (104, 136))
    return "A figure lies on a firm, flat mattress with a small pillow under the head."


@draws("habit-evening-unwind")
def evening_unwind(d):
    d.line((10, 192), (190, 192), extra=' stroke-width="2"')
    head_side(d, (86, 46), 13)
    d.line((86, 60), (84, 120))
    d.line((84, 120), (100, 152), (108, 188))
    d.line((84, 120), (72, 154), (58, 184))
    arm(d, (86, 70), (100, 98), (110, 108))
    arm(d, (86, 70), (74, 96), (66, 106))
    d.line((160, 192), (160, 130))
    d.circle((160, 106), 26)
    d.path("M46 18A18 18 0 1 0 56 50A14 14 0 1 1 46 18z")
    return "A figure takes an evening walk past a tree under the moon, unwinding after the day."
