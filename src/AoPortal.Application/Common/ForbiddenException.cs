namespace AoPortal.Application.Common;

/// <summary>The person may see the record but not do this to it: the page answers 403, with the reason in the log.</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);
