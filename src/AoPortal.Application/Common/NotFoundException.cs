namespace AoPortal.Application.Common;

/// <summary>The record does not exist, or the current user may not see it: either way the page answers 404.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
