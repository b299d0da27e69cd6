using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Applications;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.Support;

/// <summary>
/// A signed-in candidate working through their application with the real handlers, each call in its own
/// context as each web request would be. <see cref="CompleteAsync"/> fills in every section.
/// </summary>
public sealed class Applicant(SqliteTestDatabase database, Candidate candidate, TimeProvider? clock = null)
{
    public TimeProvider Clock { get; } = clock ?? new FakeTimeProvider();

    public Candidate Candidate => candidate;

    public ICurrentUser User { get; } = TestUsers.Candidate(candidate.UserId);

    /// <summary>Invites a candidate at a new school and returns them ready to fill in their application.</summary>
    public static async Task<Applicant> InvitedAsync(SqliteTestDatabase database, string ageRange = "5-11", params string[] subjects)
    {
        var school = await new SchoolBuilder().SaveAsync(database);
        var candidate = await new CandidateBuilder(school.Id).ForAgeRange(ageRange, subjects).SaveAsync(database);
        return new Applicant(database, candidate);
    }

    public Task SavePersonalDetails(SavePersonalDetails.Command command) =>
        Run(db => new SavePersonalDetails.Handler(db, User, Clock).Handle(command, CancellationToken.None));

    public Task SaveDegree(SaveDegree.Command command) =>
        Run(db => new SaveDegree.Handler(db, User, Clock).Handle(command, CancellationToken.None));

    public Task SaveGcse(SaveGcse.Command command) =>
        Run(db => new SaveGcse.Handler(db, User, Clock).Handle(command, CancellationToken.None));

    public Task SaveExperience(SaveExperience.Command command) =>
        Run(db => new SaveExperience.Handler(db, User, Clock).Handle(command, CancellationToken.None));

    public Task RemoveExperience(Guid entryId) =>
        Run(db => new RemoveExperience.Handler(db, User).Handle(entryId, CancellationToken.None));

    public Task ConfirmExperience() =>
        Run(db => new ConfirmExperience.Handler(db, User).Handle(CancellationToken.None));

    public Task SaveIntendedAssessment(SaveIntendedAssessment.Command command) =>
        Run(db => new SaveIntendedAssessment.Handler(db, User).Handle(command, CancellationToken.None));

    public Task SaveDeclarations(SaveDeclarations.Command command) =>
        Run(db => new SaveDeclarations.Handler(db, User).Handle(command, CancellationToken.None));

    public Task SaveSchoolSupport(SaveSchoolSupport.Command command) =>
        Run(db => new SaveSchoolSupport.Handler(db, User).Handle(command, CancellationToken.None));

    public Task Submit(IUserAccounts accounts, IEmailSender email) =>
        Run(db => new SubmitApplication.Handler(db, User, accounts, email, Clock).Handle(CancellationToken.None));

    /// <summary>Fills in every section with <see cref="ApplicationCommands"/>' answers, for the candidate's age range.</summary>
    public async Task CompleteAsync()
    {
        var stored = await ReloadAsync();
        var ageRange = stored.IntendedAgeRange!.Value;
        await SavePersonalDetails(ApplicationCommands.PersonalDetails());
        await SaveDegree(ApplicationCommands.Degree());
        foreach (var subject in ApplicationProgress.RequiredGcses(ageRange))
            await SaveGcse(ApplicationCommands.Gcse(subject));
        // Newest first, the order the application keeps them in: adding a post that sorts before a saved one
        // currently fails to save (see the report on CandidateApplication's sorting of JSON collections).
        await SaveExperience(ApplicationCommands.CurrentPost());
        await SaveExperience(ApplicationCommands.PastPost());
        await ConfirmExperience();
        await SaveIntendedAssessment(ApplicationCommands.IntendedAssessment(ageRange.Code, string.Join(", ", stored.Subjects)));
        await SaveDeclarations(ApplicationCommands.Declarations());
        await SaveSchoolSupport(ApplicationCommands.SchoolSupport(candidate.EmployingSchoolId!.Value));
    }

    /// <summary>The candidate as stored, read in a new context.</summary>
    public async Task<Candidate> ReloadAsync()
    {
        await using var db = database.NewContext();
        return await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == candidate.Id);
    }

    private async Task Run(Func<IAppDbContext, Task> handle)
    {
        await using var db = database.NewContext();
        await handle(db);
    }
}
