namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Remembers the order in which a request's validation errors were found. Validators list their rules in the
/// order the form asks its questions, and GOV.UK's error summary lists errors in that order; ModelState
/// does not keep it.
/// </summary>
public static class ErrorOrder
{
    private const string ItemKey = "aoportal.error-order";

    public static void Record(HttpContext context, string key)
    {
        if (context.Items[ItemKey] is not List<string> keys) context.Items[ItemKey] = keys = [];
        keys.Add(key);
    }

    /// <summary>Where a ModelState key stands in the recorded order; keys never recorded come after all others.</summary>
    public static int PositionOf(HttpContext context, string key) =>
        context.Items[ItemKey] is List<string> keys && keys.FindIndex(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) is var index and >= 0
            ? index
            : int.MaxValue;
}
