using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Eligibility;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Candidates;

/// <summary>
/// A school lead nominates a member of their own school's staff: the candidate's account and record (which says who
/// nominated them) are saved together, then the candidate is emailed a link to set their password and start their
/// application, and the provider's admins are told. The school is always the lead's own; the form cannot choose another.
/// </summary>
public static class NominateStaff
{
    public sealed class Command : INewCandidateFields
    {
        public string? FirstNames { get; set; }
        public string? LastName { get; set; }
        public string? Email { get; set; }
        public string? AgeRange { get; set; }

        /// <summary>One or more subjects, separated by commas.</summary>
        public string? Subjects { get; set; }

        public IReadOnlyList<string> SubjectList => IAgeRangeAndSubjects.SplitSubjects(Subjects);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new NewCandidateFieldsValidator());
    }

    public sealed record Result(Guid CandidateId, string FullName);

    public sealed class Handler(
        IAppDbContext db, IUserAccounts accounts, IEmailSender email, ICurrentUser currentUser, TimeProvider clock)
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!currentUser.IsInRole(PortalRole.SchoolLead) || currentUser.SchoolId is not { } schoolId)
                throw new NotFoundException("Your school");
            var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Your school");
            await AgeRangeChoices.EnsureOfferedAsync(db, command.AgeRange, null, nameof(Command.AgeRange), cancellationToken);
            await NewCandidates.EnsureEmailFreeAsync(accounts, command.Email!, cancellationToken);

            var lead = currentUser.Actor;
            var details = INewCandidateFields.ToDetails(command, schoolId);
            var candidate = await NewCandidates.CreateAndInviteAsync(db, accounts, details,
                userId => Candidate.Nominate(userId, details, lead, clock.GetUtcNow().UtcDateTime), cancellationToken);

            foreach (var admin in await accounts.EmailsInRoleAsync(PortalRole.Admin, cancellationToken))
            {
                await email.SendAsync(new EmailMessage(admin, "A school has nominated a candidate",
                    $"""
                    {lead.Name} of {schoolName} has nominated {candidate.FullName}, a member of their staff, for the Assessment Only route to QTS.

                    We have emailed {candidate.FirstNames} a link to set their password and start their application. You can find them on the candidates page.
                    """) { Link = $"/candidates/{candidate.Id}" }, cancellationToken);
            }

            return new Result(candidate.Id, candidate.FullName);
        }
    }
}
