namespace AoPortal.Domain.Common;

/// <summary>Checks shared by the domain's factory and update methods.</summary>
internal static class Guard
{
    public static string Required(string? value, string message, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new DomainRuleException(message);
        if (trimmed.Length > maxLength) throw new DomainRuleException($"{message} in {maxLength} characters or fewer");
        return trimmed;
    }

    public static string? Optional(string? value, int maxLength, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength) throw new DomainRuleException($"{what} must be {maxLength} characters or fewer");
        return trimmed;
    }

    public static DateTime Utc(DateTime moment) =>
        moment.Kind == DateTimeKind.Utc ? moment : throw new ArgumentException("Times in the domain are UTC.", nameof(moment));
}
