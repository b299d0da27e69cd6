using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// An admin creates a candidate record: the candidate's account and record are saved together,
/// then the candidate is emailed a link to set their password and start their application.
/// </summary>
public static class CreateCandidate
{
    public sealed class Command : INewCandidateFields
    {
        public string? FirstNames { get; set; }
        public string? LastName { get; set; }
        public string? Email { get; set; }
        public Guid? EmployingSchoolId { get; set; }
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public IReadOnlyList<string> SubjectList => IAgeRangeAndSubjects.SplitSubjects(Subjects);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new NewCandidateFieldsValidator());
            RuleFor(c => c.EmployingSchoolId).NotNull().WithMessage("Select the candidate's employing school");
        }
    }

    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var schoolId = command.EmployingSchoolId!.Value;
            if (!await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
                throw new DomainRuleException("Select a school from the list", nameof(Command.EmployingSchoolId));
            await AgeRangeChoices.EnsureOfferedAsync(db, command.AgeRange, null, nameof(Command.AgeRange), cancellationToken);
            await NewCandidates.EnsureEmailFreeAsync(accounts, command.Email!, cancellationToken);

            var details = INewCandidateFields.ToDetails(command, schoolId);
            var candidate = await NewCandidates.CreateAndInviteAsync(db, accounts, details,
                userId => Candidate.Invite(userId, details, currentUser.Actor, clock.GetUtcNow().UtcDateTime), cancellationToken);
            return candidate.Id;
        }
    }
}
