using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Notifications;
using AoPortal.Domain.Notifications;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Web.Tests;

/// <summary>Notifications in the portal, the unread count in the header, and each person's choice about reminder emails.</summary>
[Collection(PortalCollection.Name)]
public sealed class NotificationsTests(PortalFactory factory)
{
    private const string ReminderForm = "form[action='/account/reminder-emails']";

    [Fact]
    public async Task A_candidates_reminder_is_counted_in_the_header_listed_as_new_and_read_once_the_list_is_opened()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 4); // the baseline observation is due in 3 days
        var queued = await QueueRemindersAsync(candidate.UserId);
        var unread = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == candidate.UserId && n.ReadAt == null));
        var client = await factory.SignedInAsync(candidate.Email, TestAccounts.Password);

        var home = await client.GetPageAsync("/");
        var list = await client.GetPageAsync("/notifications");
        var homeAfter = await client.GetPageAsync("/");

        Assert.Equal(1, queued);
        Assert.Equal($"{unread} unread", home.GetElementById("unread-count")!.TextContent);
        var reminder = list.QuerySelectorAll("#notifications li").Single(li => li.TextContent.Contains("Reminder: Baseline observation is due on"));
        Assert.Equal("New", reminder.QuerySelector(".govuk-tag")!.TextContent);
        Assert.NotNull(reminder.QuerySelector($"a[href='/candidates/{candidate.Id}/assessment']"));
        Assert.Null(homeAfter.GetElementById("unread-count"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == candidate.UserId && n.ReadAt == null)));
    }

    [Fact]
    public async Task The_header_counts_a_new_notification_on_the_very_next_page_though_the_count_is_kept_between_changes()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var client = await factory.SignedInAsync(candidate.Email, TestAccounts.Password);
        await client.GetPageAsync("/notifications"); // everything so far seen
        var before = await client.GetPageAsync("/");

        await factory.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<IEmailSender>().SendAsync(
                new EmailMessage(candidate.Email, "Your assessment for QTS has been planned", "Your plan is ready."), CancellationToken.None);
            return true;
        });
        var after = await client.GetPageAsync("/");

        Assert.Null(before.GetElementById("unread-count"));
        Assert.Equal("1 unread", after.GetElementById("unread-count")!.TextContent);
    }

    [Fact]
    public async Task The_emails_sent_to_someone_are_in_their_notifications_and_nobody_elses()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        await factory.WithServicesAsync(async services =>
        {
            await services.GetRequiredService<IEmailSender>().SendAsync(
                new EmailMessage(candidate.Email, "Your assessment for QTS has been planned", "Your plan is ready."), CancellationToken.None);
            return true;
        });

        var theirs = await (await factory.SignedInAsync(candidate.Email, TestAccounts.Password)).GetPageAsync("/notifications");
        var admins = await (await factory.SignedInAsync(DemoAccounts.Admin)).GetPageAsync("/notifications");

        Assert.Contains("Your assessment for QTS has been planned", theirs.GetElementById("notifications")!.TextContent);
        Assert.DoesNotContain(candidate.FullName, admins.Body!.TextContent);
    }

    [Fact]
    public async Task Someone_who_turns_reminder_emails_off_still_sees_reminders_but_is_not_emailed_and_the_change_is_audited()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 4);
        var client = await factory.SignedInAsync(candidate.Email, TestAccounts.Password);
        var account = await client.GetPageAsync("/account");
        Assert.NotNull(account.QuerySelector("input[name='Form.Choice'][value='on'][checked]"));

        using var response = await client.PostFormAsync(account, ReminderForm, Fields.Of(("Form.Choice", "off")));
        var after = await client.FollowAsync(response);
        await QueueRemindersAsync(candidate.UserId);

        PageAssert.SuccessBanner(after, "Reminders will no longer be emailed to you. They are still listed under Notifications.");
        Assert.NotNull(after.QuerySelector("input[name='Form.Choice'][value='off'][checked]"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == candidate.UserId && n.ReminderKey != null)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == candidate.Email && m.Subject.StartsWith("Reminder:"))));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.SubjectId == candidate.UserId && a.Action == "Reminder emails turned off"));
        Assert.Equal(candidate.UserId, audit.ActorId);
    }

    [Fact]
    public async Task A_reminder_is_emailed_to_someone_who_has_not_turned_them_off()
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory, daysAgo: 4);

        await QueueRemindersAsync(candidate.UserId);

        var email = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == candidate.Email && m.Subject.StartsWith("Reminder:")));
        Assert.Contains("You can turn reminder emails off on your account page", email.Body);
    }

    [Theory]
    [InlineData("", "Select whether you want reminder emails")]
    [InlineData("sometimes", "Select whether you want reminder emails")]
    [InlineData("on", "Reminder emails are already on")]
    public async Task A_choice_that_is_missing_forged_or_already_made_is_refused_and_changes_nothing(string choice, string error)
    {
        var candidate = await AssessmentCandidates.StartedAsync(factory);
        var client = await factory.SignedInAsync(candidate.Email, TestAccounts.Password);

        using var response = await client.PostFormAsync("/account", ReminderForm, Fields.Of(("Form.Choice", choice)));
        var page = await response.ReadPageAsync(System.Net.HttpStatusCode.OK);

        PageAssert.ErrorSummaryLists(page, error);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == candidate.UserId).Select(u => u.ReminderEmails).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.SubjectId == candidate.UserId && a.Action.StartsWith("Reminder emails"))));
    }

    [Fact]
    public async Task The_account_page_says_who_is_signed_in()
    {
        var page = await (await factory.SignedInAsync(DemoAccounts.Assessor)).GetPageAsync("/account");

        var details = page.GetElementById("account-details")!.TextContent;
        Assert.Contains(DemoAccounts.Assessor, details);
        Assert.Contains("Assessor", details);
        Assert.NotNull(page.QuerySelector("a[href='/account/change-password']"));
    }

    [Fact]
    public async Task The_list_pages_twenty_at_a_time_newest_first()
    {
        var candidate = await AssessmentCandidates.AcceptedAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var start = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30);
            for (var n = 1; n <= 25; n++) db.Notifications.Add(Notification.Notice(candidate.UserId, $"Message {n:00}", "Body", null, start.AddHours(n)));
            await db.SaveChangesAsync();
        });
        var client = await factory.SignedInAsync(candidate.Email, TestAccounts.Password);

        var first = await client.GetPageAsync("/notifications");
        var second = await client.GetPageAsync("/notifications?page=2");

        var messages = first.QuerySelectorAll("#notifications h2").Select(h => h.TextContent).Where(s => s.Contains("Message")).ToList();
        Assert.Contains("Message 25", messages[0]);
        Assert.Contains("Message 24", messages[1]);
        Assert.Contains("Message 01", second.GetElementById("notifications")!.TextContent);
        Assert.NotNull(first.QuerySelector("a[href='/notifications?page=2']"));
    }

    /// <summary>The day's reminders for one person, queued as the daily job queues them (other people's are left alone).</summary>
    private Task<int> QueueRemindersAsync(Guid userId) =>
        factory.WithServicesAsync(async services =>
        {
            var due = await services.GetRequiredService<DueReminders.Handler>().Handle(AssessmentCandidates.Today(factory), CancellationToken.None);
            return await services.GetRequiredService<IReminderQueue>().QueueAsync(due.Where(r => r.UserId == userId).ToList(), CancellationToken.None);
        });
}
