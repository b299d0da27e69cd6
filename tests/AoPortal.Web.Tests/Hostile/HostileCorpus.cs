namespace AoPortal.Web.Tests.Hostile;

/// <summary>What a hostile value is aimed at, which decides the fields it is posted into and what counts as a pass.</summary>
public enum HostileKind
{
    /// <summary>Free text: may be refused with an error, or stored and shown HTML-encoded.</summary>
    Text,

    /// <summary>The day, month and year boxes of a date: refused, or stored only as a real date.</summary>
    Date,

    /// <summary>A number typed in a box (a year, a full-time equivalent, weeks, a URN).</summary>
    Number,

    /// <summary>A value for a radio, checkbox or select that the page never offered: always refused.</summary>
    Choice,

    /// <summary>A hidden field the page set (a version, an id): a forged one is always refused.</summary>
    Hidden,
}

/// <summary>One hostile value: its name in reports, and what is posted (a date posts its three parts).</summary>
public sealed record HostileValue(HostileKind Kind, string Name, string Value, string? Month = null, string? Year = null)
{
    public override string ToString() => $"{Kind}:{Name}";

    /// <summary>Whether the value holds markup that must never reach a page unencoded.</summary>
    public bool HasMarkup => Value.IndexOfAny(['<', '>', '"', '\'']) >= 0;
}

/// <summary>
/// The corpus of bad inputs the hostile tests post through the real endpoints. Readable on purpose: each line says what
/// it tries. Hostile uploads are in <see cref="HostileUploads"/>; missing and wrong antiforgery tokens in
/// <see cref="AntiforgeryOnEveryPostTests"/>.
/// </summary>
public static class HostileCorpus
{
    /// <summary>Longer than any free-text limit in the portal (the longest, a reflective answer, is 20,000 characters).</summary>
    public const int OverlongLength = 20_001;

    public static readonly IReadOnlyList<HostileValue> Text =
    [
        new(HostileKind.Text, "script tag", "<script>alert('xss')</script>"),
        new(HostileKind.Text, "img onerror", "<img src=x onerror=alert(1)>"),
        new(HostileKind.Text, "svg onload", "<svg/onload=alert(1)>"),
        new(HostileKind.Text, "html markup and a link", "<b>bold</b> <a href=\"https://evil.example/\">click</a> <iframe src=//evil.example></iframe>"),
        new(HostileKind.Text, "double quote breaks an attribute", "\" autofocus onfocus=\"alert(1)"),
        new(HostileKind.Text, "single quote breaks an attribute", "' onmouseover='alert(1)' x='"),
        new(HostileKind.Text, "closes a textarea then scripts", "</textarea></title><script>alert(2)</script>"),
        new(HostileKind.Text, "javascript: URL", "javascript:alert(document.cookie)"),
        new(HostileKind.Text, "data: URL", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        new(HostileKind.Text, "CSV formula =", "=HYPERLINK(\"https://evil.example\",\"Click me\")"),
        new(HostileKind.Text, "CSV formula +", "+1+cmd|' /C calc'!A0"),
        new(HostileKind.Text, "CSV formula -", "-2+3+cmd|' /C calc'!A0"),
        new(HostileKind.Text, "CSV formula @", "@SUM(1+1)*cmd|' /C calc'!A0"),
        new(HostileKind.Text, "overlong", new string('A', OverlongLength)),
        new(HostileKind.Text, "overlong markup", string.Concat(Enumerable.Repeat("<script>x</script>", OverlongLength / 18 + 1))),
        new(HostileKind.Text, "null byte", "Before\0after"),
        new(HostileKind.Text, "control characters", "Tab\there\r\nnew line\u0007bell\u001b[31mred\u0008\u007f"),
        new(HostileKind.Text, "right-to-left override", "Invoice\u202Egpj.exe"),
        new(HostileKind.Text, "zero-width and BOM", "Zero\u200Bwidth\uFEFFjoiner\u200D"),
        new(HostileKind.Text, "whitespace only", " \t \u00A0 "),
        new(HostileKind.Text, "SQL injection", "'; DROP TABLE Candidates; --"),
        new(HostileKind.Text, "template injection", "{{7*7}} ${7*7} @(7*7) <%= 7*7 %>"),
        new(HostileKind.Text, "path traversal", "../../../../etc/passwd"),
        new(HostileKind.Text, "astral characters", "Emoji \U0001F393 maths \U0001D54F"),
    ];

    /// <summary>The text values tried on forms whose every success costs a new record (a submission, a decision).</summary>
    public static readonly IReadOnlyList<HostileValue> Core =
        [.. Text.Where(v => v.Name is "script tag" or "img onerror" or "double quote breaks an attribute" or "closes a textarea then scripts"
            or "javascript: URL" or "CSV formula =" or "overlong" or "null byte" or "right-to-left override")];

    /// <summary>Day, month and year as typed into a GOV.UK date input.</summary>
    public static readonly IReadOnlyList<HostileValue> Dates =
    [
        Date("31 February", "31", "2", "2025"),
        Date("29 February in a common year", "29", "2", "2023"),
        Date("day, month and year 0", "0", "0", "0"),
        Date("year 99999", "1", "1", "99999"),
        Date("year 1", "1", "1", "1"),
        Date("last day of year 9999", "31", "12", "9999"),
        Date("letters", "a", "b", "c"),
        Date("negative and month 13", "-1", "13", "2025"),
        Date("decimal day", "1.5", "2", "2025"),
        Date("overflowing int", "2147483648", "1", "2025"),
        Date("markup in the boxes", "<script>alert(1)</script>", "\"><b>", "2025"),
        Date("only the year", "", "", "2025"),
    ];

    public static readonly IReadOnlyList<HostileValue> Numbers =
    [
        new(HostileKind.Number, "negative", "-1"),
        new(HostileKind.Number, "zero", "0"),
        new(HostileKind.Number, "huge", "99999999999999999999999999"),
        new(HostileKind.Number, "int overflow", "2147483648"),
        new(HostileKind.Number, "exponent", "1e10"),
        new(HostileKind.Number, "not a number", "NaN"),
        new(HostileKind.Number, "letters", "abc"),
        new(HostileKind.Number, "hex", "0x10"),
        new(HostileKind.Number, "decimal comma", "1,5"),
        new(HostileKind.Number, "script", "<script>alert(1)</script>"),
    ];

    /// <summary>Values a radio, checkbox or select never offers (the forged status among them).</summary>
    public static IReadOnlyList<HostileValue> Choices(Guid foreignId) =>
    [
        new(HostileKind.Choice, "forged status", "Recommended"),
        new(HostileKind.Choice, "number for an enum", "999"),
        new(HostileKind.Choice, "negative number", "-1"),
        new(HostileKind.Choice, "random id", Guid.NewGuid().ToString()),
        new(HostileKind.Choice, "another candidate's id", foreignId.ToString()),
        new(HostileKind.Choice, "script", "<script>alert(1)</script>"),
    ];

    /// <summary>Forged hidden fields: the version a stale form would carry, ids of other records, nonsense.</summary>
    public static IReadOnlyList<HostileValue> Hidden(Guid foreignId) =>
    [
        new(HostileKind.Hidden, "random id", Guid.NewGuid().ToString()),
        new(HostileKind.Hidden, "another candidate's id", foreignId.ToString()),
        new(HostileKind.Hidden, "empty id", Guid.Empty.ToString()),
        new(HostileKind.Hidden, "not an id", "999"),
        new(HostileKind.Hidden, "forged status", "Recommended"),
    ];

    private static HostileValue Date(string name, string day, string month, string year) => new(HostileKind.Date, name, day, month, year);
}
