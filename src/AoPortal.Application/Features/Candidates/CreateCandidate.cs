using AoPortal.Application.Abstractions;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using AoPortal.Application.Common;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// An admin creates a candidate record: the candidate's account and record are saved together,
/// then the candidate is emailed a link to set their password and start their application.
/// </summary>
public static class CreateCandidate
{
    public sealed class Command
    {
        public string? FirstNames { get; set; }
        public string? LastName { get; set; }
        public string? Email { get; set; }
        public Guid? EmployingSchoolId { get; set; }
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public IReadOnlyList<string> SubjectList =>
            (Subjects ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FirstNames).RequiredText("Enter the candidate's first names", "First names", 100);
            RuleFor(c => c.LastName).RequiredText("Enter the candidate's last name", "Last name", 100);
            RuleFor(c => c.Email).ValidEmail();
            RuleFor(c => c.EmployingSchoolId).NotNull().WithMessage("Select the candidate's employing school");
            RuleFor(c => c.AgeRange).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Select the age range the candidate will be assessed for")
                .Must(code => Domain.Candidates.AgeRange.TryParse(code, out _)).WithMessage("Select an age range from the list");
            When(c => Domain.Candidates.AgeRange.TryParse(c.AgeRange, out var range) && range.NeedsSubject, () =>
                RuleFor(c => c.SubjectList).NotEmpty()
                    .OverridePropertyName(nameof(Command.Subjects)).WithMessage("Enter the subject the candidate teaches"));
            RuleFor(c => c.SubjectList).Must(s => s.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= Candidate.MaxSubjects)
                .OverridePropertyName(nameof(Command.Subjects)).WithMessage($"Enter no more than {Candidate.MaxSubjects} subjects");
            RuleFor(c => c.SubjectList).Must(s => s.All(subject => subject.Length <= 100))
                .OverridePropertyName(nameof(Command.Subjects)).WithMessage("Each subject must be 100 characters or fewer");
        }
    }

    public sealed class Handler(IAppDbContext db, IUserAccounts accounts, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var schoolId = command.EmployingSchoolId!.Value;
            if (!await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
                throw new DomainRuleException("Select a school from the list", nameof(Command.EmployingSchoolId));
            if (await accounts.EmailInUseAsync(command.Email!, cancellationToken))
                throw new DomainRuleException("An account with this email address already exists", nameof(Command.Email));

            var details = new CandidateDetails(command.FirstNames!, command.LastName!, command.Email!, schoolId,
                AgeRange.Parse(command.AgeRange!), command.SubjectList);
            Candidate? candidate = null;
            await db.InTransactionAsync(async ct =>
            {
                var userId = await accounts.CreateAsync(
                    new NewUserAccount($"{details.FirstNames.Trim()} {details.LastName.Trim()}", details.Email.Trim(), [PortalRole.Candidate], null), ct);
                (candidate, var audit) = Candidate.Invite(userId, details, currentUser.Actor, clock.GetUtcNow().UtcDateTime);
                db.Candidates.Add(candidate);
                db.AuditEntries.Add(audit);
                await db.SaveChangesAsync(ct);
            }, cancellationToken);

            await accounts.SendInvitationAsync(candidate!.UserId, cancellationToken);
            return candidate.Id;
        }
    }
}
