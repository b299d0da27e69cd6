using AoPortal.Application.Common;
using AoPortal.Domain.Candidates;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// The details of a new candidate that every way of creating one asks for (an admin's record, a school lead's nomination),
/// so the forms share one set of rules: <see cref="NewCandidateFieldsValidator"/>.
/// </summary>
public interface INewCandidateFields : IAgeRangeAndSubjects
{
    string? FirstNames { get; }
    string? LastName { get; }
    string? Email { get; }

    /// <summary>The fields, once valid, as the domain takes them, at a school the caller has chosen.</summary>
    static CandidateDetails ToDetails(INewCandidateFields fields, Guid employingSchoolId) =>
        new(fields.FirstNames!, fields.LastName!, fields.Email!, employingSchoolId, Domain.Candidates.AgeRange.Parse(fields.AgeRange!), fields.SubjectList);
}
