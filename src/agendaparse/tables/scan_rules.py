"""The ruling of a page's picture (a scan, or a page drawn as a picture), found in its pixels as pdfplumber line
dicts in points: dark rules and faint grey ones (a rule the scan broke into dashes joined up), the edges and white
rules of shaded cells (:func:`_contrast_rules`), the gutters of a table ruled across only (:func:`_gutter_rules`), and
rules the print or the scan broke where others meet them bridged, cornered or lengthened. :mod:`.scanned` reads the
cells these rules make by OCR; :mod:`.searchable` reads them from a searchable scan's text layer.
"""

from __future__ import annotations

from ..tesseract import INK_LEVEL

MIN_RULES = 3  # horizontal rules (with two vertical ones) that make a scanned page worth reading for tables


def picture_rules(cv2, np, pixels, scale: float) -> list[dict]:
    """The ruling of a page's picture (greyscale pixels; ``scale`` points per pixel) as pdfplumber line dicts: dark
    rules, or faint grey ones where those draw more, or the edges of shaded bands; gutters between cells, rules broken
    where another meets them bridged and short ones lengthened to the grid. [] when too few rules run across for a
    table."""
    rules = _image_rules(cv2, np, pixels, scale)
    faint = _image_rules(cv2, np, pixels, scale, faint=True)
    if _across(rules) < MIN_RULES or _ruled_length(faint) >= MORE_FAINT * _ruled_length(rules):
        rules = faint
    if any(_shaded_block(rule) for rule in rules):
        rules = _contrast_rules(cv2, np, pixels, scale)
    if _across(rules) < MIN_RULES:
        return []
    rules += _gutter_rules(cv2, np, pixels, rules, scale)
    rules += _bridged_rules(rules)
    rules += _cornered_rules(rules)
    return rules + _lengthened_rules(rules)


# the faint look's rules, this much longer in all than the first look's, read the page: a scan's thin rules grey
# about the ink threshold (a page scanned again at another resolution) read in pieces or not at all at first
MORE_FAINT = 1.25


def _ruled_length(rules: list[dict]) -> float:
    """How long a page's rules (no thick runs of ink) are in all, in points."""
    return sum(rule["x1"] - rule["x0"] + rule["bottom"] - rule["top"] for rule in rules if not _thick(rule))


def _across(rules: list[dict]) -> int:
    return sum(rule["top"] == rule["bottom"] for rule in rules)


RULE_GAP = 2.5  # points: a rule broken by the scan into dashes with gaps this short is one rule


MAX_DASH_WIDTH = 2.0  # points: a rule joined up from dashes is thin (a word closed up is not)


NEAR_RULE = (2, 5)  # pixels beside a rule's edge where a joined-up rule must be clear of ink


MAX_INK_BESIDE = 0.25


def _ink_threshold(np, pixels) -> int:
    """The grey level below which a pixel is ink: well under the paper's own tone (the median), so
    that faint grey rules count on white paper and a dark scan's paper does not."""
    return int(min(225, max(150, int(np.median(pixels)) - 30)))


def rule_across_length(pixels) -> int:
    """Pixels a run across a page's picture is long, at least, to be a rule: a fifteenth of the page's width."""
    return max(pixels.shape[1] // 15, 1)


def rule_down_length(pixels) -> int:
    """Pixels a run down a page's picture is long, at least, to be a rule: a sixtieth of the page's height (a
    piece of a column rule in a thin row is that short; see :func:`_stems_dropped` for landscape pages)."""
    return max(pixels.shape[0] // 60, 1)


def whole_rule_down_length(pixels) -> int:
    """Pixels a run down is long, at least, to be a rule wherever it stands: a sixtieth of the page's longer side."""
    return max(max(pixels.shape) // 60, 1)


def _stems_dropped(pixels, boxes: list[tuple[int, int, int, int]], across: list[dict], scale: float) -> list:
    """Runs down (pixel boxes) that are rules: those at least :func:`whole_rule_down_length` long, and the shorter
    pieces of a column rule carried through thin rows: each from one rule across to the next, in line with another
    such piece or a whole rule down that ends where it starts or starts where it ends. On a landscape page a
    sixtieth of its height is no longer than the stems of its letters (a slide's 12 pt bold: 9-10 pt), which are no
    column's rule (stop 42: nipissing's capital forecast slides as pictures were cut through every word)."""
    whole = whole_rule_down_length(pixels)
    reach = JOIN_REACH / scale

    def meets(y: float, x: float) -> bool:
        return any(abs(rule["top"] - y * scale) <= JOIN_REACH and spans(rule, x * scale) for rule in across)

    def ruled(box: tuple[int, int, int, int]) -> bool:
        x, y, w, h = box
        return h >= whole or (meets(y, x + w / 2) and meets(y + h, x + w / 2))

    candidates = [box for box in boxes if ruled(box)]

    def carried(box: tuple[int, int, int, int]) -> bool:
        x, y, w, h = box
        return any(
            other is not box
            and abs(other[0] + other[2] / 2 - (x + w / 2)) <= reach
            and (abs(other[1] + other[3] - y) <= reach or abs(other[1] - (y + h)) <= reach)
            for other in candidates
        )

    return [box for box in candidates if box[3] >= whole or carried(box)]


def _image_rules(cv2, np, pixels, scale: float, *, faint: bool = False) -> list[dict]:
    """Horizontal and vertical rules of a page image, in points: dark runs at least a fifteenth of the page wide
    (vertical ones: see :func:`rule_down_length` and :func:`_stems_dropped`). ``faint``: a second look for pages
    where that finds too few: ink is anything well under the paper's tone (grey rules), and a rule the scan broke
    into dashes is joined up where the paper either side of it is clear (a line of text joined along its foot has
    letters above it)."""
    dark = (pixels < (_ink_threshold(np, pixels) if faint else INK_LEVEL)).astype(np.uint8) * 255
    gap = max(round(RULE_GAP / scale), 1)
    rules = []
    for length, horizontal in ((rule_across_length(dark), True), (rule_down_length(dark), False)):
        size = (length, 1) if horizontal else (1, length)
        mask = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
        boxes = _components(cv2, mask)
        if faint:
            closed = cv2.morphologyEx(
                dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1) if horizontal else (1, gap))
            )
            joined = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
            boxes = [
                box
                for box in _components(cv2, joined)
                if _mostly_unbroken(np, mask, joined, box)
                or (min(box[2:]) <= MAX_DASH_WIDTH / scale and _clear_beside(np, dark, box, horizontal))
            ]
        if not horizontal:
            boxes = _stems_dropped(dark, boxes, rules, scale)
        rules.extend(_rule(box, scale, horizontal) for box in boxes)
    return rules


def _rule(box: tuple[int, int, int, int], scale: float, horizontal: bool) -> dict:
    """A rule in points along the middle of a run of ``box`` (pixels); ``thickness`` is how thick the run was."""
    x, y, w, h = box
    x0, top, x1, bottom = x * scale, y * scale, (x + w) * scale, (y + h) * scale
    if horizontal:
        top = bottom = (top + bottom) / 2
    else:
        x0 = x1 = (x0 + x1) / 2
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "thickness": (h if horizontal else w) * scale}


MAX_RULE_THICKNESS = 6.0  # points: a dark run thicker than this is a block of shaded cells, not a rule


RULE_CONTRAST = 30  # grey levels a rule differs from the paper or fill either side of it


FILL_EDGE = 1.0  # points either side of a shaded block's edge compared for its step in tone


def _thick(rule: dict) -> bool:
    return rule.get("thickness", 0.0) > MAX_RULE_THICKNESS


# points: shaded cells run together down or across several rows (a punched hole's shadow is shorter)
MIN_BLOCK_LENGTH = 60.0


def _shaded_block(rule: dict) -> bool:
    length = max(rule["x1"] - rule["x0"], rule["bottom"] - rule["top"])
    return _thick(rule) and length >= MIN_BLOCK_LENGTH


def _contrast_rules(cv2, np, pixels, scale: float) -> list[dict]:
    """Rules of a page whose cells are shaded (a form's filled header, a scan's grey cells), where dark
    ink runs the cells into blocks: thin lines darker than either side of them (rules on paper or on a
    light fill), thin lines lighter than either side (white rules on a filled header or between bands of
    light grey) and the edges of shaded blocks (a filled header's top and sides, a light band's edge on the
    paper), each as long as :func:`_image_rules` asks. A rule across is carried over the rules down it meets
    (a white rule across is no lighter than a white rule down where they cross): a narrow column's stretch
    of it is not lost for being short."""
    down = _contrast_masks(cv2, np, pixels, scale, rule_down_length(pixels), horizontal=False)
    crossings = cv2.dilate(np.bitwise_or.reduce(down), np.ones((1, 2 * CROSSING_REACH + 1), np.uint8))
    across = _contrast_masks(cv2, np, pixels, scale, rule_across_length(pixels), horizontal=True, crossings=crossings)
    rules = [rule for mask in across for box in _components(cv2, mask) if not _thick(rule := _rule(box, scale, True))]
    darker, lighter, edges = down
    boxes = [box for mask in (darker, lighter) for box in _components(cv2, mask)]
    boxes += [box for box in _components(cv2, edges) if not _slanted(np, pixels, box)]
    return rules + [
        rule for box in _stems_dropped(pixels, boxes, rules, scale) if not _thick(rule := _rule(box, scale, False))
    ]


SLANT = 0.05  # pixels across a line of pixels down: a tone's edge moving so is a drawn shape's side, not a cell's


SLANT_FOLLOW = 2  # pixels either side of a step's place in one line of pixels where it is looked for in the next


SLANT_LINES = 20  # lines of pixels a run down must have for its slant to be measured


def _slanted(np, pixels, box: tuple[int, int, int, int]) -> bool:
    """A run down of a step in tone whose step moves right or left down its length: the slanted side of a shape
    drawn on a slide (Nipissing's grey triangles behind a table, one running on into a letter's stem under it and
    cutting its header row). The step is followed from the run's top line by line, each line's step looked for
    within a pixel or two of the last (a letter beside a rule is never reached; where a line has no step the last
    place is kept), and the run is slanted when the step strays from where it started."""
    x, y, w, h = box
    if h < SLANT_LINES:
        return False
    stray = SLANT * h
    left = max(x - int(stray) - SLANT_FOLLOW - 1, 0)  # the step is never followed further than this before it strays
    right = min(x + w + int(stray) + SLANT_FOLLOW + 2, pixels.shape[1])
    lines = np.abs(np.diff(pixels[y : y + h, left:right].astype(np.int16), axis=1))
    place = x - left + int(np.argmax(lines[0, x - left : x - left + w + 1])) if w else x - left
    start = place
    for line in lines[1:]:
        low, high = max(place - SLANT_FOLLOW, 0), min(place + SLANT_FOLLOW + 1, len(line))
        near = line[low:high]
        if near.size and int(near.max()) >= LIGHT_CONTRAST:
            place = low + int(np.argmax(near))
            if abs(place - start) > stray:
                return True
    return False


LIGHT_CONTRAST = 15  # grey levels a white rule stands over a light band (a band of 236 on paper of 255: 19)


CROSSING_REACH = 3  # pixels either side of a rule down that a rule across is carried over where they meet


def _contrast_masks(cv2, np, pixels, scale: float, length: int, *, horizontal: bool, crossings=None) -> list:
    """The masks (0/255) of the runs at least ``length`` pixels long, one way, of thin lines darker than
    either side, lighter than either side and of steps in tone (see :func:`_contrast_rules`); ``crossings``
    (a mask) is taken for part of each before the runs are measured."""
    reach = max(round(MAX_RULE_THICKNESS / scale), 3)
    step = max(round(FILL_EDGE / scale), 1)
    signed = pixels.astype(np.int16)
    across = cv2.getStructuringElement(cv2.MORPH_RECT, (1, reach) if horizontal else (reach, 1))
    darker = cv2.morphologyEx(pixels, cv2.MORPH_BLACKHAT, across) > RULE_CONTRAST
    lighter = cv2.morphologyEx(pixels, cv2.MORPH_TOPHAT, across) > LIGHT_CONTRAST
    edges = np.zeros_like(darker)
    if horizontal:
        edges[step:-step] = np.abs(signed[2 * step :] - signed[: -2 * step]) > LIGHT_CONTRAST
    else:
        edges[:, step:-step] = np.abs(signed[:, 2 * step :] - signed[:, : -2 * step]) > LIGHT_CONTRAST
    along = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
    masks = []
    for found in (darker, lighter, edges):
        mask = found.astype(np.uint8) * 255
        if crossings is not None:
            mask |= crossings
        masks.append(cv2.morphologyEx(mask, cv2.MORPH_OPEN, along))
    return masks


MIN_GUTTER = 5.0  # points of clear paper between two columns of a table ruled across only


RULE_REACH = 1.5  # points either side of a rule's middle that its width and blurred edges darken


RULE_ALIGN = 4.0  # points: rules that start and end within this of each other belong to one table


def _gutter_rules(cv2, np, pixels, rules: list[dict], scale: float) -> list[dict]:
    """Column rules for a table ruled across only (a rule under the header and between rows, none
    down it): the runs of clear paper, at least MIN_GUTTER wide, that cross every row from the
    body from the first rule to the last; the header row above the first rule is the lines that keep out of
    those gutters (:func:`_header_start`)."""
    across = sorted((rule for rule in rules if rule["top"] == rule["bottom"]), key=lambda rule: rule["top"])
    down = [rule for rule in rules if rule["top"] != rule["bottom"]]
    found: list[dict] = []
    for group in _aligned_groups(across):
        x0, x1 = group[0]["x0"], group[0]["x1"]
        top, bottom = group[0]["top"], group[-1]["top"]
        if len(group) < MIN_RULES or any(_crosses(rule, x0, x1, top, bottom) for rule in down):
            continue
        spacing = sorted(b["top"] - a["top"] for a, b in zip(group, group[1:], strict=False))[len(group) // 2 - 1]
        reach = max(top - spacing, 0.0)  # rules far apart near the page's top (underlined words): not above it
        reach = _above_cut_line(np, pixels[:, round(x0 / scale) : round(x1 / scale)], reach, spacing, scale)
        band = pixels[round(reach / scale) : round(bottom / scale), round(x0 / scale) : round(x1 / scale)]
        if min(band.shape) < 3:
            continue
        ink = _ink_on_fills(np, band, _ink_threshold(np, pixels))
        # the rules themselves (runs across a third of the band and more), and their blurred edges
        runs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (ink.shape[1] // 3, 1)))
        runs = cv2.dilate(runs, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 2 * round(RULE_REACH / scale) + 1)))
        ink[runs > 0] = 0
        first_rule = round((top - reach) / scale)
        clear = ink[first_rule:].sum(axis=0) <= 1  # a speck is not a column's text
        gutters = _clear_runs(clear, round(MIN_GUTTER / scale))
        if not gutters:
            continue
        start_row = _header_start(np, ink[:first_rule], gutters, round(MIN_GUTTER / scale))
        head = reach + start_row * scale
        header = ink[start_row:first_rule]
        room = max(round(EDGE_ROOM / scale), 1)
        edges = [x0, *(x0 + _edge_in(np, header, gutter, room) * scale for gutter in gutters), x1]
        found.extend({"x0": x, "top": head, "x1": x, "bottom": bottom} for x in edges)
        found.append({"x0": x0, "top": head, "x1": x1, "bottom": head})
    return found


JOIN_REACH = 2.0  # points: a rule down ending this near a rule across meets it


MAX_BRIDGE = 120.0  # points: the widest gap in a rule across that is bridged


def _bridged_rules(rules: list[dict]) -> list[dict]:
    """A rule across broken where a shaded header row meets boxes set in under it (an annual return's box 11:
    'Yes' | 'No' filled dark over inset tick boxes, the header's foot not printed over them) is carried over
    the gap when rules down end on it at both sides of the gap and another rule down ends on it between
    them: those rules down stop at a row's foot, so the row ends there across the gap too."""
    across = [rule for rule in rules if rule["top"] == rule["bottom"]]
    down = [rule for rule in rules if rule["top"] != rule["bottom"]]
    bridges: list[dict] = []
    for left in across:
        y = left["top"]
        level = [rule for rule in across if abs(rule["top"] - y) <= JOIN_REACH]
        if any(rule["x0"] <= left["x1"] + JOIN_REACH < rule["x1"] for rule in level):
            continue  # the rule goes on (another piece of it, or a rule a little above or below)
        right = min((rule["x0"] for rule in level if rule["x0"] > left["x1"]), default=None)
        if right is None or right - left["x1"] > MAX_BRIDGE:
            continue
        gap = (left["x1"], right)
        ending = [rule["x0"] for rule in down if abs(rule["bottom"] - y) <= JOIN_REACH]
        inside = [x for x in ending if gap[0] + JOIN_REACH < x < gap[1] - JOIN_REACH]
        at_sides = all(any(abs(x - side) <= JOIN_REACH for x in ending) for side in gap)
        if at_sides and inside:
            bridges.append({"x0": gap[0], "top": y, "x1": gap[1], "bottom": y})
    return bridges


def _cornered_rules(rules: list[dict]) -> list[dict]:
    """A rule across that stops short of the corner a rule down makes at its level is carried on to that corner,
    where the rule across at the rule down's other end runs under the whole gap: the box is closed on its three
    other sides. A title printed touching a filled header band breaks the band's top edge where its letters meet
    it (the Kent ICS appendix's 'Proposed Priorities ...' over 'What we have committed to'), and the header's first
    cell is lost with it. The rule left must be longer than the gap."""
    across = [rule for rule in rules if rule["top"] == rule["bottom"]]
    down = [rule for rule in rules if rule["top"] != rule["bottom"]]
    corners: list[dict] = []
    for side in down:
        x = side["x0"]
        for end, other_end in ((side["top"], side["bottom"]), (side["bottom"], side["top"])):
            level = [rule for rule in across if abs(rule["top"] - end) <= JOIN_REACH]
            if not level or any(rule["x0"] - JOIN_REACH <= x <= rule["x1"] + JOIN_REACH for rule in level):
                continue  # no rule at the corner's level, or one that already reaches it
            start, finish = min(rule["x0"] for rule in level), max(rule["x1"] for rule in level)
            gap = (x, start) if x < start else (finish, x)
            if finish - start <= gap[1] - gap[0]:
                continue
            foot = [rule for rule in across if abs(rule["top"] - other_end) <= JOIN_REACH]
            if not any(rule["x0"] - JOIN_REACH <= gap[0] and gap[1] <= rule["x1"] for rule in foot):
                continue
            y = min(level, key=lambda rule: min(abs(rule["x0"] - x), abs(rule["x1"] - x)))["top"]
            corners.append({"x0": gap[0], "top": y, "x1": gap[1], "bottom": y})
    return corners


MAX_SHORTFALL = 12.0  # points: a rule down (an inset tick box's side) stopping this short of a row's foot


def _lengthened_rules(rules: list[dict]) -> list[dict]:
    """A rule down that carries a column's rule on from the row above and stops a little short of the next rule
    across (the side of a tick box set in its cell) is carried on to it: the row ends at the rule below."""
    across = [rule for rule in rules if rule["top"] == rule["bottom"]]
    down = [rule for rule in rules if rule["top"] != rule["bottom"]]
    lengthened: list[dict] = []
    for rule in down:
        x, top, bottom = rule["x0"], rule["top"], rule["bottom"]
        if not any(spans(line, x) and abs(line["top"] - top) <= JOIN_REACH for line in across):
            continue
        if any(spans(line, x) and abs(line["top"] - bottom) <= JOIN_REACH for line in across):
            continue  # it ends on a rule (a table's foot, a gap between boxes below it): whole
        if not any(abs(other["x0"] - x) <= JOIN_REACH and abs(other["bottom"] - top) <= JOIN_REACH for other in down):
            continue  # only a column's rule carried down from the row above (a box's side, not a stroke)
        below = [line["top"] for line in across if spans(line, x) and line["top"] > bottom + JOIN_REACH]
        if below and min(below) - bottom <= MAX_SHORTFALL:
            lengthened.append({"x0": x, "top": bottom, "x1": x, "bottom": min(below)})
    return lengthened


def spans(line: dict, x: float) -> bool:
    return line["x0"] - JOIN_REACH <= x <= line["x1"] + JOIN_REACH


def _ink_on_fills(np, band, threshold: int):
    """Ink in a band of a scan: darker than ``threshold`` and than its pixel row's own tone by as much as
    the threshold is under white paper, so that a light shaded header row (Word's grey fill reads darker
    than a threshold set for faint rules) is paper and its words ink. A rule's row is darker than any fill
    (under INK_LEVEL) and keeps the page's threshold."""
    tone = np.median(band, axis=1, keepdims=True)
    local = np.where(tone >= INK_LEVEL, np.minimum(threshold, tone - (255 - threshold)), threshold)
    return (band < local).astype(np.uint8)


def _above_cut_line(np, columns, reach: float, spacing: float, scale: float) -> float:
    """``reach`` (points) moved up to the top of the line of print it cuts through, at most one more row's
    ``spacing``: a header of two lines ('Previous' over 'year') stands taller than the body's rows the rules space,
    and its first line cut in half reads as nonsense. ``columns``: the pixels of the table's width, page high."""
    row = round(reach / scale)
    if row <= 0:
        return reach
    highest = max(0, round((reach - spacing) / scale))
    inked = (columns[highest : row + 1] < _ink_threshold(np, columns)).sum(axis=1) > 1
    climb = len(inked) - 1
    while climb > 0 and inked[climb]:
        climb -= 1
    return (highest + climb) * scale


EDGE_ROOM = 1.5  # points of paper in a gutter, past a header's name reaching into it, wide enough for a rule


def _edge_in(np, header, gutter: tuple[int, int], least: int = 1) -> float:
    """Where (pixels) a column's rule stands in a body's ``gutter``: its middle, or, where a header's name reaches
    into it (a name set flush left over figures set flush right: 'Q1' over '92.6%'), the middle of the first run of
    ``least`` pixels or more that the ``header``'s ink leaves clear, so that the rule parts the names and not a name
    (a gap between two letters is narrower)."""
    start, end = gutter
    clear = ~header[:, start:end].any(axis=0) if header.size else np.ones(end - start, dtype=bool)
    if clear.all():
        return (start + end) / 2
    first = 0
    while first < len(clear):
        if not clear[first]:
            first += 1
            continue
        last = first
        while last + 1 < len(clear) and clear[last + 1]:
            last += 1
        if last + 1 - first >= least:
            return start + (first + last + 1) / 2
        first = last + 1
    return (start + end) / 2


def _header_start(np, ink, gutters: list[tuple[int, int]], least: int) -> int:
    """The pixel row in ``ink`` (the band above a table's first rule, rules cleared) where the table's header
    row starts: the lines of ink just above the rule that leave a clear run of ``least`` pixels in each gutter
    between the body's columns. Going up, the first line that runs across a gutter is text above the table:
    the sentence introducing it, set close above an unruled header."""
    inked = ink.sum(axis=1) > 1
    start = len(inked)
    row = len(inked) - 1
    while row >= 0:
        if not inked[row]:
            row -= 1
            continue
        end = row
        while row >= 0 and inked[row]:
            row -= 1
        line = ink[row + 1 : end + 1]
        if any(not _clear_runs(np.pad(~line[:, a:b].any(axis=0), 1), least) for a, b in gutters):
            return (end + 1 + start) // 2 if start < len(inked) else start  # midway: the cells' crops are inset
        start = row + 1
    return 0


def _crosses(rule: dict, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether a vertical rule stands within the box ``x0, top, x1, bottom``."""
    return x0 - 2 <= rule["x0"] <= x1 + 2 and rule["top"] < bottom and rule["bottom"] > top


def _aligned_groups(across: list[dict]) -> list[list[dict]]:
    """Horizontal rules (in order down the page) grouped by a shared start and end."""
    groups: list[list[dict]] = []
    for rule in across:
        for group in groups:
            if abs(group[0]["x0"] - rule["x0"]) <= RULE_ALIGN and abs(group[0]["x1"] - rule["x1"]) <= RULE_ALIGN:
                group.append(rule)
                break
        else:
            groups.append([rule])
    return groups


def _clear_runs(clear, least: int) -> list[tuple[int, int]]:
    """Runs of True at least ``least`` long, those touching either end left out (margins, not gutters)."""
    runs = []
    start = None
    for index, value in enumerate([*clear.tolist(), False]):
        if value and start is None:
            start = index
        elif not value and start is not None:
            if index - start >= least and start > 0 and index < len(clear):
                runs.append((start, index))
            start = None
    return runs


def _components(cv2, mask) -> list[tuple[int, int, int, int]]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h, _ in stats[1:count]]


def _mostly_unbroken(np, mask, joined, box: tuple[int, int, int, int]) -> bool:
    """Whether most of a joined-up rule was a solid run before its gaps were closed."""
    x, y, w, h = box
    return int(np.count_nonzero(mask[y : y + h, x : x + w])) * 2 >= int(np.count_nonzero(joined[y : y + h, x : x + w]))


def _clear_beside(np, dark, box: tuple[int, int, int, int], horizontal: bool) -> bool:
    """Whether the strips just either side of a joined-up rule are nearly free of ink: a table's
    rule has padding beside it, a line of text joined along its foot has letters above it."""
    x, y, w, h = box
    near, far = NEAR_RULE
    if horizontal:
        strips = [dark[max(y - far, 0) : max(y - near, 0), x : x + w], dark[y + h + near : y + h + far, x : x + w]]
    else:
        strips = [dark[y : y + h, max(x - far, 0) : max(x - near, 0)], dark[y : y + h, x + w + near : x + w + far]]
    return all(strip.size and float(np.mean(strip > 0)) <= MAX_INK_BESIDE for strip in strips)
