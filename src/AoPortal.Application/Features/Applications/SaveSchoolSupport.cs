using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Applications;

/// <summary>The candidate confirms the school that employs them, or names one the provider has not listed yet.</summary>
public static class SaveSchoolSupport
{
    public sealed class Command
    {
        public Guid? EmployingSchoolId { get; set; }
        public bool SchoolNotListed { get; set; }
        public string? RequestedSchoolName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            When(c => c.SchoolNotListed, () =>
                RuleFor(c => c.RequestedSchoolName).RequiredText("Enter the name and town of your school", "School name", 200))
                .Otherwise(() => RuleFor(c => c.EmployingSchoolId).NotNull().WithMessage("Select your school"));
        }
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser)
    {
        public async Task Handle(Command c, CancellationToken cancellationToken)
        {
            var candidate = await OwnApplication.LoadAsync(db, currentUser, cancellationToken);
            var schoolId = c.SchoolNotListed ? null : c.EmployingSchoolId;
            if (schoolId is { } id && !await db.Schools.AnyAsync(s => s.Id == id, cancellationToken))
                throw new DomainRuleException("Select a school from the list", nameof(Command.EmployingSchoolId));
            candidate.SaveSchoolSupport(schoolId, c.SchoolNotListed ? c.RequestedSchoolName : null);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
