using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.SchoolLeads;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Tests.SchoolLeads;

/// <summary>
/// The school lead's "Your staff": only their school's staff, each with the week, next milestone, coverage from what the
/// school may see and overdue milestones; the applications waiting for support; and a fixed number of queries.
/// </summary>
public sealed class YourStaffTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly SchoolStaffFixture _staff;

    public YourStaffTests() => _staff = new SchoolStaffFixture(_database);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_list_shows_each_member_of_staff_with_week_next_milestone_coverage_and_overdue()
    {
        var school = await _staff.SchoolAsync();
        var late = await _staff.InAssessmentAsync(school, "Late", daysAgo: 14);
        var onTime = await _staff.InAssessmentAsync(school, "OnTime", daysAgo: 0);
        await _staff.RecordAsync(late.Id, "TS1", share: true);
        await _staff.EvidenceAsync(late, "TS4", accept: true);
        // Neither a draft nor an item awaiting review counts: the school cannot see them.
        await _staff.RecordAsync(late.Id, "TS2", share: false);
        await _staff.EvidenceAsync(late, "TS3", accept: false);
        await _staff.SubmittedAsync(school, "Applied", supportConfirmed: false);

        var result = await StaffAsync(TestUsers.SchoolLead(school));

        Assert.Equal("Oakfield Primary School", result.SchoolName);
        Assert.Equal(["Ben Applied", "Ada Late", "Ada OnTime"], result.Staff.Items.Select(m => m.FullName));
        var lateRow = result.Staff.Items.Single(m => m.Id == late.Id);
        Assert.Equal(CandidateStatus.InAssessment, lateRow.Status);
        Assert.Equal("Week 3 of 12", lateRow.Progress.WeekText);
        Assert.Equal("Initial meeting", lateRow.Progress.NextMilestone!.Title);
        Assert.Equal(SchoolStaffFixture.Today.AddDays(-14), lateRow.Progress.NextMilestone.DueDate);
        Assert.Equal("Sam Assessor", lateRow.AssessorName);
        Assert.Equal(["Initial meeting", "Baseline observation"], lateRow.Progress.Overdue.Select(m => m.Title));
        Assert.Equal("2 of 9 standards evidenced", lateRow.Progress.CoverageText);
        var onTimeRow = result.Staff.Items.Single(m => m.Id == onTime.Id);
        Assert.Equal("Week 1 of 12", onTimeRow.Progress.WeekText);
        Assert.Empty(onTimeRow.Progress.Overdue);
        Assert.Equal("0 of 9 standards evidenced", onTimeRow.Progress.CoverageText);
        var applied = result.Staff.Items.Single(m => m.FullName == "Ben Applied");
        Assert.Equal("Not accepted yet", applied.Progress.WeekText);
        Assert.Null(applied.Progress.NextMilestone);
    }

    [Fact]
    public async Task A_school_lead_sees_only_their_own_schools_staff_and_support_requests()
    {
        var mine = await _staff.SchoolAsync();
        var other = await _staff.SchoolAsync("Riverside Academy");
        await _staff.InAssessmentAsync(mine, "Mine");
        await _staff.InAssessmentAsync(other, "Elsewhere");
        var waiting = await _staff.SubmittedAsync(mine, "Waiting", supportConfirmed: false);
        await _staff.SubmittedAsync(mine, "Supported", supportConfirmed: true);
        await _staff.SubmittedAsync(other, "OtherWaiting", supportConfirmed: false);

        var result = await StaffAsync(TestUsers.SchoolLead(mine));

        Assert.Equal(["Ada Mine", "Ben Supported", "Ben Waiting"], result.Staff.Items.Select(m => m.FullName));
        var request = Assert.Single(result.SupportWaitingFor);
        Assert.Equal((waiting.Id, "Ben Waiting"), (request.Id, request.FullName));
    }

    [Fact]
    public async Task The_list_takes_the_same_number_of_queries_for_2_and_for_12_staff()
    {
        var school = await _staff.SchoolAsync();
        for (var n = 0; n < 2; n++) await WithEverythingAsync(school, n);
        var lead = TestUsers.SchoolLead(school);
        var counter = new CommandCounter();
        var withTwo = await StaffAsync(lead, counter);
        var queriesForTwo = counter.Count;

        for (var n = 2; n < 12; n++) await WithEverythingAsync(school, n);
        counter.Count = 0;
        var withTwelve = await StaffAsync(lead, counter);

        Assert.Equal(2 + 2, withTwo.Staff.TotalCount);
        Assert.Equal(12 + 12, withTwelve.Staff.TotalCount);
        Assert.All(withTwelve.Staff.Items.Where(m => m.Status == CandidateStatus.InAssessment),
            m => Assert.Equal("2 of 9 standards evidenced", m.Progress.CoverageText));
        Assert.Equal(12, withTwelve.SupportWaitingFor.Count);
        Assert.Equal(queriesForTwo, counter.Count);
        Assert.Equal(6, counter.Count);
    }

    [Fact]
    public async Task Someone_who_is_not_a_school_lead_has_no_school_to_list()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => StaffAsync(TestUsers.Admin()));
    }

    private async Task WithEverythingAsync(Guid school, int n)
    {
        var candidate = await _staff.InAssessmentAsync(school, $"Staff{n:D2}");
        await _staff.RecordAsync(candidate.Id, "TS1", share: true);
        await _staff.RecordAsync(candidate.Id, "TS2", share: false);
        await _staff.EvidenceAsync(candidate, "TS4", accept: true);
        await _staff.SubmittedAsync(school, $"Applicant{n:D2}", supportConfirmed: false);
    }

    private async Task<YourStaff.Result> StaffAsync(ICurrentUser user, CommandCounter? counter = null)
    {
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>();
        await using var probe = _database.NewContext();
        builder.UseProvider(DatabaseProvider.Sqlite, probe.Database.GetConnectionString()!);
        if (counter is not null) builder.AddInterceptors(counter);
        await using var db = new AoPortalDbContext(builder.Options);
        return await new YourStaff.Handler(db, user, new FakeTimeProvider()).Handle(1, CancellationToken.None);
    }
}
