using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Assessments;
using AoPortal.Application.Tests.Support;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Common;
using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Row = AoPortal.Application.Features.Assessments.PublishPlanTemplate.MilestoneRow;

namespace AoPortal.Application.Tests.Assessments;

public sealed class PublishPlanTemplateTests : IDisposable
{
    private const string Reason = "Six-week assessments for experienced teachers";

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Guid _adminId = Guid.NewGuid();
    private readonly PublishPlanTemplate.Validator _validator = new();

    public void Dispose() => _database.Dispose();

    /// <summary>Version 1 as the form starts (its ten milestones, then three empty rows), with the changes a test makes and a reason.</summary>
    private static PublishPlanTemplate.Command Changes(Action<PublishPlanTemplate.Command>? change = null)
    {
        var command = PublishPlanTemplate.Command.From(PlanTemplate.Default(FakeTimeProvider.DefaultNow.UtcDateTime));
        command.Reason = Reason;
        change?.Invoke(command);
        return command;
    }

    /// <summary>A six-week template with two milestones, the rest of the rows cleared as an admin would.</summary>
    private static PublishPlanTemplate.Command SixWeeks(Action<PublishPlanTemplate.Command>? change = null) => Changes(c =>
    {
        c.LengthWeeks = 6;
        c.MaxExtensionWeeks = 2;
        c.MaxDeferralDays = 30;
        c.Milestones = [Row(MilestoneKind.FinalAssessment, "Final assessment", "6"), new Row(), Row(MilestoneKind.InitialMeeting, " Initial meeting ", " 0"), new Row()];
        change?.Invoke(c);
    });

    private static Row Row(MilestoneKind? kind, string? title, string? week) => new() { Kind = kind, Title = title, Week = week };

    private async Task<int> Publish(PublishPlanTemplate.Command command, IAppDbContext? db = null)
    {
        await using var own = _database.NewContext();
        return await new PublishPlanTemplate.Handler(db ?? own, TestUsers.Admin(_adminId), _clock).Handle(command, CancellationToken.None);
    }

    private async Task<IReadOnlyList<PlanTemplate>> StoredTemplates()
    {
        await using var db = _database.NewContext();
        return await db.PlanTemplates.AsNoTracking().OrderBy(t => t.Version).ToListAsync();
    }

    private async Task<IReadOnlyList<AuditEntry>> TemplateAudit()
    {
        await using var db = _database.NewContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.SubjectId == PlanTemplate.AuditSubjectId).ToListAsync();
    }

    // The form

    [Fact]
    public void The_form_starts_with_the_current_template_and_three_empty_rows()
    {
        var command = PublishPlanTemplate.Command.From(PlanTemplate.Default(FakeTimeProvider.DefaultNow.UtcDateTime));

        Assert.Equal(1, command.CurrentVersion);
        Assert.Equal((12, 4, 90), (command.LengthWeeks, command.MaxExtensionWeeks, command.MaxDeferralDays));
        Assert.Equal(13, command.Milestones.Count);
        Assert.Equal((MilestoneKind.InitialMeeting, "Initial meeting", "0"), (command.Milestones[0].Kind, command.Milestones[0].Title, command.Milestones[0].Week));
        Assert.Equal((MilestoneKind.Moderation, "Moderation", "12"), (command.Milestones[9].Kind, command.Milestones[9].Title, command.Milestones[9].Week));
        Assert.All(command.Milestones.Skip(10), row => Assert.True(row.IsBlank));
        Assert.Null(command.Reason);
    }

    [Fact]
    public void A_form_shown_again_keeps_its_rows_and_gets_back_three_empty_ones_at_the_end()
    {
        var command = SixWeeks(c => c.Milestones = [Row(MilestoneKind.Other, "Induction", "0"), new Row(), Row(MilestoneKind.Other, "Review", "3")]);

        command.WithBlankRows();

        Assert.Equal(6, command.Milestones.Count);
        Assert.Equal("Review", command.Milestones[2].Title);
        Assert.True(command.Milestones[1].IsBlank);
        Assert.All(command.Milestones.Skip(3), row => Assert.True(row.IsBlank));
        Assert.Equal(6, command.WithBlankRows().Milestones.Count);
    }

    // Validator

    [Fact]
    public void The_current_template_with_a_reason_is_valid() => ValidationAssert.IsValid(_validator.Validate(Changes()));

    [Fact]
    public void Empty_rows_are_ignored() => ValidationAssert.IsValid(_validator.Validate(SixWeeks()));

    [Fact]
    public void The_length_is_needed() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.LengthWeeks = null)), "LengthWeeks", "Enter how many weeks the assessment lasts");

    [Theory]
    [InlineData(0)]
    [InlineData(27)]
    public void A_length_outside_1_to_26_weeks_is_refused(int weeks) =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.LengthWeeks = weeks)), "LengthWeeks", "The assessment must last between 1 and 26 weeks");

    [Fact]
    public void The_longest_extension_is_needed_and_from_0_to_26_weeks()
    {
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MaxExtensionWeeks = null)), "MaxExtensionWeeks", "Enter the longest extension in weeks");
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MaxExtensionWeeks = 27)), "MaxExtensionWeeks", "The longest extension must be between 0 and 26 weeks");
        ValidationAssert.HasNoErrorFor(_validator.Validate(Changes(c => c.MaxExtensionWeeks = 0)), "MaxExtensionWeeks");
    }

    [Fact]
    public void The_longest_deferral_is_needed_and_from_0_to_365_days()
    {
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MaxDeferralDays = null)), "MaxDeferralDays", "Enter the longest deferral in days");
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.MaxDeferralDays = 366)), "MaxDeferralDays", "The longest deferral must be between 0 and 365 days");
    }

    [Fact]
    public void A_row_with_only_a_kind_is_told_what_is_missing_by_its_number()
    {
        var result = _validator.Validate(Changes(c => c.Milestones[10].Kind = MilestoneKind.AssessorVisit));

        ValidationAssert.HasError(result, "Milestones[10].Title", "Enter the title of milestone 11");
        ValidationAssert.HasError(result, "Milestones[10].Week", "Enter the week of milestone 11");
        ValidationAssert.HasNoErrorFor(result, "Milestones[10].Kind");
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void A_row_with_a_title_and_week_but_no_kind_is_told_to_select_one()
    {
        var result = _validator.Validate(Changes(c => c.Milestones[3] = Row(null, "First portfolio checkpoint", "4")));

        ValidationAssert.HasError(result, "Milestones[3].Kind", "Select the kind of milestone 4");
        Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("four")]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("13")]
    public void A_week_that_is_not_a_whole_number_within_the_length_is_refused(string week) =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Milestones[3].Week = week)),
            "Milestones[3].Week", "Week of milestone 4 must be a whole number from 0 to 12");

    [Fact]
    public void The_last_week_of_the_length_is_allowed() =>
        ValidationAssert.HasNoErrorFor(_validator.Validate(SixWeeks(c => c.Milestones[0].Week = "6")), "Milestones[0].Week");

    [Fact]
    public void Weeks_are_checked_against_the_longest_length_when_the_length_itself_is_wrong()
    {
        var result = _validator.Validate(Changes(c =>
        {
            c.LengthWeeks = null;
            c.Milestones[9].Week = "27";
        }));

        ValidationAssert.HasError(result, "Milestones[9].Week", "Week of milestone 10 must be a whole number from 0 to the length of the assessment");
        ValidationAssert.HasNoErrorFor(result, "Milestones[8].Week");
    }

    [Fact]
    public void A_title_over_100_characters_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Milestones[0].Title = new string('a', 101))),
            "Milestones[0].Title", "The title of milestone 1 must be 100 characters or fewer");

    [Fact]
    public void A_template_needs_at_least_one_milestone() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Milestones = [new Row(), new Row(), new Row()])), "Milestones", "Enter at least one milestone");

    [Fact]
    public void A_template_has_no_more_than_30_milestones()
    {
        var rows = Enumerable.Range(1, 31).Select(i => Row(MilestoneKind.Other, $"Step {i}", "1")).ToList();

        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Milestones = rows)), "Milestones", "Enter no more than 30 milestones");
        ValidationAssert.IsValid(_validator.Validate(Changes(c => c.Milestones = rows.Take(30).ToList())));
    }

    [Fact]
    public void A_reason_is_needed() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Reason = "  ")), "Reason", "Enter why the plan template is changing");

    [Fact]
    public void A_reason_over_1000_characters_is_refused() =>
        ValidationAssert.HasError(_validator.Validate(Changes(c => c.Reason = new string('a', 1001))), "Reason", "The reason must be 1000 characters or fewer");

    [Fact]
    public void Errors_come_in_the_order_the_form_asks()
    {
        var result = _validator.Validate(Changes(c =>
        {
            c.LengthWeeks = null;
            c.Milestones[1].Title = "";
            c.Milestones[11].Week = "2";
            c.Reason = null;
        }));

        Assert.Equal(["LengthWeeks", "Milestones[1].Title", "Milestones[11].Kind", "Milestones[11].Title", "Reason"],
            result.Errors.Select(e => e.PropertyName));
    }

    // Handler

    [Fact]
    public async Task Publishing_stores_version_2_with_the_rows_by_week_and_keeps_version_1()
    {
        var version = await Publish(SixWeeks());

        Assert.Equal(2, version);
        var templates = await StoredTemplates();
        Assert.Equal([1, 2], templates.Select(t => t.Version));
        Assert.Equal(PlanTemplate.Default(_clock.Now.UtcDateTime).Milestones, templates[0].Milestones);
        var published = templates[1];
        Assert.Equal((6, 2, 30), (published.LengthWeeks, published.MaxExtensionWeeks, published.MaxDeferralDays));
        Assert.Equal([new(MilestoneKind.InitialMeeting, "Initial meeting", 0), new(MilestoneKind.FinalAssessment, "Final assessment", 6)], published.Milestones);
        Assert.Equal(_clock.Now.UtcDateTime, published.CreatedAt);
        Assert.Equal(TestUsers.AdminName, published.PublishedByName);
        Assert.Equal(Reason, published.ChangeReason);

        await using var db = _database.NewContext();
        Assert.Equal(2, (await GetPlanTemplates.LoadCurrentAsync(db, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Blank_rows_are_ignored_and_cleared_rows_removed()
    {
        await Publish(Changes(c =>
        {
            c.Milestones[1] = new Row { Title = "   ", Week = " " };
            c.Milestones[11] = Row(MilestoneKind.Other, "Mid-point review", "5");
        }));

        var published = (await StoredTemplates())[1];
        Assert.Equal(10, published.Milestones.Count);
        Assert.DoesNotContain(published.Milestones, m => m.Title == "Baseline observation");
        Assert.Contains(new MilestoneTemplate(MilestoneKind.Other, "Mid-point review", 5), published.Milestones);
        Assert.Equal(published.Milestones.OrderBy(m => m.WeekOffset), published.Milestones);
    }

    [Fact]
    public async Task Titles_with_any_characters_come_back_as_typed()
    {
        var title = "Teachers’ Standards review: “évaluation” & <notes> 📝 " + new string('é', 40);

        await Publish(SixWeeks(c => c.Milestones = Enumerable.Range(0, PlanTemplate.MostMilestones).Select(i => Row(MilestoneKind.Other, title, "3")).ToList()));

        var published = (await StoredTemplates())[1];
        Assert.Equal(PlanTemplate.MostMilestones, published.Milestones.Count);
        Assert.All(published.Milestones, m => Assert.Equal(title.Trim(), m.Title));
    }

    [Fact]
    public async Task Publishing_records_who_published_the_version_and_why()
    {
        await Publish(SixWeeks());

        var audit = Assert.Single(await TemplateAudit());
        Assert.Equal(nameof(PlanTemplate), audit.SubjectType);
        Assert.Equal("Plan template version 2 published", audit.Action);
        Assert.Equal(Reason, audit.Detail);
        Assert.Equal(_adminId, audit.ActorId);
        Assert.Equal(TestUsers.AdminName, audit.ActorName);
        Assert.Equal(_clock.Now.UtcDateTime, audit.OccurredAt);
    }

    [Fact]
    public async Task Each_publication_makes_the_next_version()
    {
        await Publish(SixWeeks());
        _clock.Advance(TimeSpan.FromDays(30));

        var version = await Publish(Changes(c =>
        {
            c.CurrentVersion = 2;
            c.Reason = "Back to twelve weeks";
        }));

        Assert.Equal(3, version);
        Assert.Equal([1, 2, 3], (await StoredTemplates()).Select(t => t.Version));
        Assert.Equal(2, (await TemplateAudit()).Count);
    }

    [Fact]
    public async Task A_form_started_from_an_earlier_version_is_refused_and_stores_nothing()
    {
        await Publish(SixWeeks());
        var stale = Changes(c => c.LengthWeeks = 14);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Publish(stale));

        Assert.Equal(PublishPlanTemplate.PublishedMeanwhile, refusal.Message);
        Assert.Equal("Another admin published a new version just now. Check the current plan template and try again", refusal.Message);
        Assert.Null(refusal.Field);
        var templates = await StoredTemplates();
        Assert.Equal([1, 2], templates.Select(t => t.Version));
        Assert.Equal(6, templates[1].LengthWeeks);
        Assert.Single(await TemplateAudit());
    }

    [Fact]
    public async Task Two_admins_publishing_at_the_same_moment_get_one_version_and_the_second_is_told()
    {
        // The second admin's check passes (version 1 is current when it reads), then the first admin's version 2
        // is saved before the second saves: the primary key on the version refuses the second.
        await using var racing = ContextRacedBy(() => Publish(SixWeeks(c => c.Reason = "The first admin's change")));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Publish(Changes(c => c.Reason = "The second admin's change"), racing));

        Assert.Equal(PublishPlanTemplate.PublishedMeanwhile, refusal.Message);
        var templates = await StoredTemplates();
        Assert.Equal([1, 2], templates.Select(t => t.Version));
        Assert.Equal("The first admin's change", templates[1].ChangeReason);
        Assert.Equal("The first admin's change", Assert.Single(await TemplateAudit()).Detail);
    }

    [Fact]
    public async Task A_template_that_breaks_a_domain_rule_is_refused_on_its_field_and_stores_nothing()
    {
        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => Publish(SixWeeks(c => c.MaxDeferralDays = 400)));

        Assert.Equal("MaxDeferralDays", refusal.Field);
        Assert.Equal([1], (await StoredTemplates()).Select(t => t.Version));
        Assert.Empty(await TemplateAudit());
    }

    [Fact]
    public async Task The_templates_come_newest_first_with_the_current_one()
    {
        await Publish(SixWeeks());
        await Publish(SixWeeks(c => c.CurrentVersion = 2));

        await using var db = _database.NewContext();
        var result = await new GetPlanTemplates.Handler(db).Handle(CancellationToken.None);

        Assert.Equal(3, result.Current.Version);
        Assert.Equal([3, 2, 1], result.Versions.Select(t => t.Version));
        Assert.Equal(3, (await new GetPlanTemplates.Handler(db).Current(CancellationToken.None)).Version);
    }

    /// <summary>
    /// The database as one admin's request sees it while another admin's request saves first: a real context whose
    /// saves run <paramref name="otherSave"/> just before they write, after the handler has read the current version.
    /// </summary>
    private AoPortalDbContext ContextRacedBy(Func<Task> otherSave)
    {
        using var plain = _database.NewContext();
        var builder = new DbContextOptionsBuilder<AoPortalDbContext>().AddInterceptors(new SaveRacedBy(otherSave));
        builder.UseProvider(DatabaseProvider.Sqlite, plain.Database.GetConnectionString()!);
        return new AoPortalDbContext(builder.Options);
    }

    private sealed class SaveRacedBy(Func<Task> otherSave) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await otherSave();
            return result;
        }
    }
}
