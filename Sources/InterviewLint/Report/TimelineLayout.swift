/// Where things go on a timeline chart, as plain numbers (SVG user units), so that the drawing is
/// a function of these and the tests can check them without a browser.
public struct TimeAxis: Sendable, Equatable {
    /// Minutes since the calendar's epoch at the left and right ends: whole days, so that the day
    /// ticks fall on midnights.
    public let first: Int
    public let last: Int
    public let left: Double
    public let right: Double

    /// An axis from the start of `from`'s day to the end of `to`'s, drawn between `left` and `right`.
    public init(from: LocalDateTime, to: LocalDateTime, left: Double, right: Double) {
        let (early, late) = from <= to ? (from, to) : (to, from)
        first = early.date.ordinal * 1440
        last = (late.date.ordinal + 1) * 1440
        self.left = left
        self.right = max(right, left + 1)
    }

    public var days: Int { (last - first) / 1440 }

    /// The x of a moment; moments outside the axis are held at its ends.
    public func x(_ moment: LocalDateTime) -> Double {
        let minutes = min(max(moment.minutesSinceEpoch, first), last)
        return left + (right - left) * Double(minutes - first) / Double(last - first)
    }

    /// Day ticks at least `spacing` apart: every day, every 2 days, every Monday, every 2 weeks,
    /// or every 4 weeks, whichever is the first to leave room for the labels.
    public func ticks(minimumSpacing spacing: Double) -> [LocalDate] {
        let perDay = (right - left) / Double(days)
        // Past four weeks, whole weeks, so that the ticks stay on Mondays.
        let step = [1, 2, 7, 14, 28].first { Double($0) * perDay >= spacing }
            ?? Int((spacing / perDay / 7).rounded(.up)) * 7
        var ordinal = first / 1440
        if step >= 7 {
            // Weeks start on Mondays.
            ordinal += (8 - LocalDate(ordinal: ordinal).weekday) % 7
        }
        // Counted in ordinals: a date added to stops at the calendar's last day.
        var result: [LocalDate] = []
        while ordinal * 1440 <= last && ordinal <= LocalDate.latest.ordinal {
            result.append(LocalDate(ordinal: ordinal))
            ordinal += step
        }
        return result
    }
}

/// A label put beside its mark: the row (lane) it went to, and the span of the row it takes.
public struct PlacedLabel: Sendable, Equatable {
    /// The mark's x, on the axis.
    public var x: Double
    /// 0 for the row nearest the axis.
    public var lane: Int
    /// Where the text starts and ends; the text sits right of the mark, or left of it near the
    /// right edge (`toLeft`).
    public var textStart: Double
    public var textEnd: Double
    public var toLeft: Bool

    /// The span the mark and its text take in their row.
    public var extent: ClosedRange<Double> { min(x - TimelineLayout.markRadius, textStart)...max(x + TimelineLayout.markRadius, textEnd) }
}

public enum TimelineLayout {
    public static let width = 960.0
    public static let left = 24.0
    public static let right = 936.0
    public static let markRadius = 7.0
    /// Between the mark and its text, and between neighbours in a row.
    public static let gap = 6.0
    public static let laneHeight = 26.0
    public static let fontSize = 12.0
    /// Labels on the chart are cut to this many character widths (the list below has them whole).
    public static let maximumLabelWidth = 56
    /// Events drawn on one chart at most.
    public static let maximumEvents = 120

    /// An event's text on the chart: its label, then what the findings say of it. The label is
    /// cut first, as the list below the chart has it whole and the flags are the news.
    public static func label(_ event: TimelineEvent) -> String {
        guard !event.flags.isEmpty else { return shortened(event.label) }
        let flags = " · " + event.flags.joined(separator: ", ")
        let room = max(maximumLabelWidth - characterWidths(flags), 22)
        return shortened(shortened(event.label, to: room) + flags)
    }

    /// Width in units of an average character: wide (East Asian, emoji) ones count two.
    public static func characterWidths(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }

    /// The text as drawn: cut with an ellipsis past `maximumLabelWidth` widths.
    public static func shortened(_ text: String, to limit: Int = maximumLabelWidth) -> String {
        guard characterWidths(text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = characterWidths(String(character))
            if used + width > limit - 1 { break }
            result.append(character)
            used += width
        }
        return result.trimmingWhitespace() + "…"
    }

    /// An estimate of the drawn width of `text` at `fontSize`, on the wide side so that labels
    /// set apart by it do not touch in the usual sans-serif fonts.
    public static func textWidth(_ text: String) -> Double {
        Double(characterWidths(text)) * fontSize * 0.62
    }

    /// Puts each label in the first row where it overlaps nothing, in order of x (ties in the
    /// order given): marks at the same moment go to different rows, and a label that would run
    /// past `right` is set to the left of its mark. Returns the placements in the order given.
    public static func place(_ items: [(x: Double, width: Double)], right: Double = right) -> [PlacedLabel] {
        let order = items.indices.sorted { (items[$0].x, $0) < (items[$1].x, $1) }
        var rows: [[ClosedRange<Double>]] = []
        var placed = [PlacedLabel?](repeating: nil, count: items.count)
        for index in order {
            let (x, width) = items[index]
            var label = PlacedLabel(x: x, lane: 0, textStart: x + markRadius + gap, textEnd: x + markRadius + gap + width, toLeft: false)
            if label.textEnd > right {
                label.toLeft = true
                label.textEnd = x - markRadius - gap
                label.textStart = label.textEnd - width
            }
            let extent = label.extent
            let lane = rows.firstIndex { row in
                !row.contains { $0.lowerBound - gap < extent.upperBound && extent.lowerBound < $0.upperBound + gap }
            } ?? rows.count
            if lane == rows.count { rows.append([]) }
            rows[lane].append(extent)
            label.lane = lane
            placed[index] = label
        }
        return placed.map { $0! }
    }

    /// The chart of one timeline: its axis, the rows of its events and of its markers' labels.
    public struct Chart: Sendable {
        public var axis: TimeAxis
        public var ticks: [LocalDate]
        public var events: [PlacedLabel]
        public var labels: [String]
        public var markers: [PlacedLabel]
        public var markerLabels: [String]
        /// The axis line's y: below the markers' label rows.
        public var axisY: Double
        public var height: Double

        /// The y of an event row's mark.
        public func y(lane: Int) -> Double { axisY + 34 + Double(lane) * TimelineLayout.laneHeight }
        /// The y of a marker label's row (above the axis).
        public func markerY(lane: Int) -> Double { axisY - 12 - Double(lane) * 16 }
    }

    /// Lays out a timeline; nil when it has no events to draw.
    public static func chart(_ timeline: Timeline) -> Chart? {
        // A log of thousands of entries would take rows by the thousand (and placing them time
        // growing with their square): the chart draws the first ones, the list has them all.
        let drawn = timeline.events.prefix(maximumEvents)
        let moments = drawn.map(\.at) + timeline.markers.map(\.at)
        guard !drawn.isEmpty, let first = moments.min(), let last = moments.max() else { return nil }
        let axis = TimeAxis(from: first, to: last, left: left, right: right)
        let labels = drawn.map(label)
        let events = place(labels.indices.map { (axis.x(drawn[$0].at), textWidth(labels[$0])) })
        let markerLabels = timeline.markers.map { shortened($0.label) }
        // Marker labels have no mark of their own: the line is the mark.
        let markers = place(markerLabels.indices.map { (axis.x(timeline.markers[$0].at), textWidth(markerLabels[$0])) })
        let markerRows = (markers.map(\.lane).max() ?? -1) + 1
        let axisY = 20 + Double(markerRows) * 16
        let rows = (events.map(\.lane).max() ?? 0) + 1
        let height = axisY + 34 + Double(rows - 1) * laneHeight + 22
        return Chart(axis: axis, ticks: axis.ticks(minimumSpacing: 64), events: events, labels: labels,
                     markers: markers, markerLabels: markerLabels, axisY: axisY, height: height)
    }
}
