using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Applications;
using AoPortal.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Support;

/// <summary>
/// Every handler that changes an application, by name, with valid answers, for theories that must hold for
/// all of them (only the signed-in candidate's own record; nothing once submitted).
/// </summary>
public static class ApplicationChanges
{
    private static readonly Dictionary<string, Func<IAppDbContext, ICurrentUser, TimeProvider, Guid, Task>> Changes = new()
    {
        ["personal details"] = (db, user, clock, _) =>
            new SavePersonalDetails.Handler(db, user, clock).Handle(WithTrn(ApplicationCommands.PersonalDetails()), CancellationToken.None),
        ["degree"] = (db, user, clock, _) =>
            new SaveDegree.Handler(db, user, clock).Handle(ApplicationCommands.Degree(), CancellationToken.None),
        ["GCSE"] = (db, user, clock, _) =>
            new SaveGcse.Handler(db, user, clock).Handle(ApplicationCommands.Gcse(GcseSubject.Maths, "A*"), CancellationToken.None),
        ["experience"] = (db, user, clock, _) =>
            new SaveExperience.Handler(db, user, clock).Handle(EarliestPost(), CancellationToken.None),
        ["remove experience"] = async (db, user, _, _) =>
            await new RemoveExperience.Handler(db, user).Handle(await FirstPostIdAsync(db, user), CancellationToken.None),
        ["confirm experience"] = (db, user, _, _) =>
            new ConfirmExperience.Handler(db, user).Handle(CancellationToken.None),
        ["intended assessment"] = (db, user, _, _) =>
            new SaveIntendedAssessment.Handler(db, user).Handle(ApplicationCommands.IntendedAssessment("11-16", "Physics"), CancellationToken.None),
        ["declarations"] = (db, user, _, _) =>
            new SaveDeclarations.Handler(db, user).Handle(new SaveDeclarations.Command
            {
                Health = HealthDeclaration.ConditionManaged,
                HealthDetails = "A standing desk",
                HasCriminalRecord = false,
                ConfirmedTrue = true,
            }, CancellationToken.None),
        ["school support"] = (db, user, _, schoolId) =>
            new SaveSchoolSupport.Handler(db, user).Handle(ApplicationCommands.SchoolSupport(schoolId), CancellationToken.None),
        ["school not listed"] = (db, user, _, _) =>
            new SaveSchoolSupport.Handler(db, user).Handle(ApplicationCommands.SchoolNotListed("Elm Tree School, York"), CancellationToken.None),
    };

    public static TheoryData<string> Names => new(Changes.Keys);

    /// <summary>Runs the named change as <paramref name="user"/>; <paramref name="schoolId"/> is a listed school to choose.</summary>
    public static Task RunAsync(string name, IAppDbContext db, ICurrentUser user, TimeProvider clock, Guid schoolId) =>
        Changes[name](db, user, clock, schoolId);

    /// <summary>The user's own first post, when they have one, so removing it is a real change; otherwise an unknown id.</summary>
    private static async Task<Guid> FirstPostIdAsync(IAppDbContext db, ICurrentUser user)
    {
        var own = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == user.UserId);
        return own?.Application.Experience.FirstOrDefault()?.Id ?? Guid.NewGuid();
    }

    /// <summary>A post older than any other test post, so it goes at the end of the newest-first list.</summary>
    private static SaveExperience.Command EarliestPost()
    {
        var command = ApplicationCommands.PastPost("Another School");
        command.StartDate = ApplicationCommands.Date(1, 9, 2010);
        command.EndDate = ApplicationCommands.Date(31, 7, 2012);
        return command;
    }

    private static SavePersonalDetails.Command WithTrn(SavePersonalDetails.Command command)
    {
        command.Trn = "7654321";
        return command;
    }
}
