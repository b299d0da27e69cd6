using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Eligibility;

/// <summary>
/// The age ranges a person may choose for a candidate: those the current eligibility policy offers, plus the range the
/// candidate already has, which stays theirs when a later policy stops offering it. The forms offer these choices and
/// the handlers that save a range (<see cref="Candidates.CreateCandidate"/>, <see cref="Candidates.NominateStaff"/>,
/// <see cref="Applications.SaveIntendedAssessment"/>) refuse any other, so both read the same list.
/// </summary>
public static class AgeRangeChoices
{
    public const string NotOffered = "Select an age range from the list";

    /// <summary>The current policy's ranges, youngest first, with <paramref name="kept"/> among them when it is not. One query.</summary>
    public static async Task<IReadOnlyList<AgeRange>> LoadAsync(IAppDbContext db, AgeRange? kept, CancellationToken cancellationToken)
    {
        var offered = await db.EligibilityPolicies.AsNoTracking()
            .OrderByDescending(p => p.Version)
            .Select(p => p.OfferedAgeRanges)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("No eligibility policy exists; the migrations create version 1.");
        if (kept is not { } range || offered.Contains(range)) return offered;
        return offered.Append(range).OrderBy(r => r.FromAge).ThenBy(r => r.ToAge).ToList();
    }

    /// <summary>
    /// Refuses, on <paramref name="field"/>, a range the current policy does not offer, unless it is <paramref name="kept"/>
    /// (the candidate's own current range).
    /// </summary>
    public static async Task EnsureOfferedAsync(IAppDbContext db, string? code, AgeRange? kept, string field, CancellationToken cancellationToken)
    {
        if (!AgeRange.TryParse(code, out var range) || !(await LoadAsync(db, kept, cancellationToken)).Contains(range))
            throw new DomainRuleException(NotOffered, field);
    }

    public sealed class Handler(IAppDbContext db)
    {
        /// <summary>The ranges to offer in a form; <paramref name="kept"/> is the candidate's current range, if they have one.</summary>
        public Task<IReadOnlyList<AgeRange>> Handle(AgeRange? kept, CancellationToken cancellationToken) => LoadAsync(db, kept, cancellationToken);
    }
}
