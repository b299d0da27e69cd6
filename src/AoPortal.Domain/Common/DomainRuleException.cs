namespace AoPortal.Domain.Common;

/// <summary>
/// A domain rule refused an action. The message is a sentence a person can read, shown as a form error;
/// <see cref="Field"/> names the input it belongs to, when there is one.
/// </summary>
public sealed class DomainRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
