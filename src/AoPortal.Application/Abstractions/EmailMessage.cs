namespace AoPortal.Application.Abstractions;

public sealed record EmailMessage(string To, string Subject, string Body)
{
    /// <summary>Where in the portal the message is about (a path), for the copy in the person's notifications.</summary>
    public string? Link { get; init; }

    /// <summary>
    /// True for an email carrying a one-time link (an invitation, an email confirmation): it is sent, but no copy is kept
    /// in the portal's notifications, so the link lives only in the person's inbox.
    /// </summary>
    public bool CarriesSecret { get; init; }
}
