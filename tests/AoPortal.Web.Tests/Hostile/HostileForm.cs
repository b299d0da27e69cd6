using AoPortal.Web.Tests.Support;

namespace AoPortal.Web.Tests.Hostile;

/// <summary>
/// One form under attack, as the harness finds it: who posts it, the page it is on, the selector of the form (pages
/// start with the sign-out form, so this is always an action selector), the values that make the rest of the form valid
/// (so each hostile value is the only thing wrong), and the pages that show what it stores. <see cref="Valid"/> is
/// enumerated afresh for every post, so a create form can give a new unique email or URN each time (an iterator method).
/// </summary>
public sealed record FormTarget(
    PortalClient Client,
    string PageUrl,
    string FormSelector,
    IEnumerable<KeyValuePair<string, string>> Valid,
    IReadOnlyList<(PortalClient Client, string Url)> Displays);

/// <summary>A form to attack: its name, how to reach it (making any records it needs) and what the harness must know about it.</summary>
public sealed class HostileForm
{
    public required string Name { get; init; }

    /// <summary>Makes whatever the form needs and says where it is. Called again when a stored value used the subject up.</summary>
    public required Func<Task<FormTarget>> Arrange { get; init; }

    /// <summary>
    /// True when a successful post moves the subject on (submits, decides, withdraws), so the next value needs a fresh
    /// one. Such forms get the <see cref="HostileCorpus.Core"/> text values only, since each success costs a new record.
    /// </summary>
    public bool SuccessUsesUpTheSubject { get; init; }

    /// <summary>Fields left alone (the form's definition says why), by name.</summary>
    public Func<string, bool> Skip { get; init; } = _ => false;

    public override string ToString() => Name;
}
