using System.Net;
using AngleSharp.Dom;
using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Email;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>The admins' page of emails not sent (/admin/outbox), and every email going through the outbox.</summary>
[Collection(PortalCollection.Name)]
public sealed class OutboxTests(PortalFactory factory)
{
    private enum Kind { Failed, Waiting }

    /// <summary>A message in the state a long failure leaves it (or one failed attempt, waiting an hour), stored in one insert.</summary>
    private Task<Guid> StoreAsync(Kind kind, string to, string subject) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var message = OutboxMessage.QueueClaimed(new EmailMessage(to, subject, "Dear person,\n\nThis is a test."), now, Guid.NewGuid(), now);
            db.OutboxMessages.Add(message);
            var entry = db.Entry(message);
            entry.Property(m => m.ClaimedUntil).CurrentValue = null;
            entry.Property(m => m.ClaimToken).CurrentValue = null;
            entry.Property(m => m.LastError).CurrentValue = "SmtpException: Mailbox unavailable";
            if (kind == Kind.Failed)
            {
                entry.Property(m => m.Status).CurrentValue = OutboxStatus.Failed;
                entry.Property(m => m.Attempts).CurrentValue = 8;
            }
            else
            {
                entry.Property(m => m.NextAttemptAt).CurrentValue = now.AddHours(1);
            }

            await db.SaveChangesAsync();
            return message.Id;
        });

    private static IElement? RowFor(IDocument page, string tableId, string subject) =>
        page.QuerySelectorAll($"#{tableId} tbody tr").FirstOrDefault(r => r.TextContent.Contains(subject, StringComparison.Ordinal));

    [Theory]
    [InlineData(DemoAccounts.Assessor)]
    [InlineData(DemoAccounts.Moderator)]
    [InlineData(DemoAccounts.SchoolLead)]
    [InlineData(DemoAccounts.Candidate)]
    public async Task Only_admins_see_the_outbox_or_may_try_an_email_again(string email)
    {
        var id = await StoreAsync(Kind.Failed, TestAccounts.UniqueEmail("refused"), $"Not yours {Guid.NewGuid():N}");
        var client = await factory.SignedInAsync(email);

        var page = await client.GetPageAsync("/admin/outbox", HttpStatusCode.Forbidden);
        // A token the person may legitimately hold, from a page they can see.
        var token = (await client.GetPageAsync("/standards"))
            .QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        using var retry = await client.PostRawAsync($"/admin/outbox/{id}/retry", Fields.Of(("__RequestVerificationToken", token)));

        Assert.Equal("You do not have permission to see this page", PageAssert.Heading(page));
        Assert.Equal(HttpStatusCode.Forbidden, retry.StatusCode);
        Assert.Equal(OutboxStatus.Failed, await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_sees_failed_emails_and_those_waiting_after_a_failed_attempt()
    {
        var failedSubject = $"Failed for good {Guid.NewGuid():N}";
        var waitingSubject = $"Waiting an hour {Guid.NewGuid():N}";
        var failedTo = TestAccounts.UniqueEmail("failed");
        await StoreAsync(Kind.Failed, failedTo, failedSubject);
        await StoreAsync(Kind.Waiting, TestAccounts.UniqueEmail("waiting"), waitingSubject);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        var page = await admin.GetPageAsync("/admin/outbox");

        Assert.Equal("Emails not sent", PageAssert.Heading(page));
        var failed = RowFor(page, "failed-emails", failedSubject) ?? throw new Xunit.Sdk.XunitException("The failed email is not listed");
        var cells = failed.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(failedTo, cells[0]);
        Assert.Equal("8", cells[2]);
        Assert.Equal("SmtpException: Mailbox unavailable", cells[3]);
        Assert.NotNull(failed.QuerySelector("form[action$='/retry'] input[name='__RequestVerificationToken']"));
        Assert.NotNull(RowFor(page, "waiting-emails", waitingSubject));
        Assert.Null(RowFor(page, "failed-emails", waitingSubject));
    }

    [Fact]
    public async Task Trying_a_failed_email_again_sends_it_and_audits_it()
    {
        var to = TestAccounts.UniqueEmail("retry");
        var subject = $"Try me again {Guid.NewGuid():N}";
        var id = await StoreAsync(Kind.Failed, to, subject);
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var page = await admin.GetPageAsync("/admin/outbox");

        using var response = await admin.PostFormAsync(page, $"form[action='/admin/outbox/{id}/retry']", []);

        Assert.Equal("/admin/outbox", response.RedirectTarget());
        var after = await admin.FollowAsync(response);
        PageAssert.SuccessBanner(after, "The email has been sent");
        Assert.Null(RowFor(after, "failed-emails", subject));
        Assert.Equal(subject, factory.Mailbox.LatestTo(to).Subject);
        Assert.True(File.Exists(Path.Combine(factory.MailFolder, SmtpEmailSender.PickupFileName(id))));
        var (status, audits) = await factory.WithDbAsync(async db => (
            await db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync(),
            await db.AuditEntries.Where(a => a.SubjectId == id).Select(a => new { a.SubjectType, a.Action, a.ActorName }).ToListAsync()));
        Assert.Equal(OutboxStatus.Sent, status);
        var audit = Assert.Single(audits);
        Assert.Equal("OutboxMessage", audit.SubjectType);
        Assert.Equal("Email put back in the queue", audit.Action);

        // Trying again once it has gone is refused, with the reason.
        using var again = await admin.PostFormAsync(page, $"form[action='/admin/outbox/{id}/retry']", []);
        var refused = await admin.FollowAsync(again);
        Assert.Contains("This email has already been sent", refused.QuerySelector(".govuk-error-summary")?.TextContent);
        Assert.Equal(1, factory.Mailbox.CountTo(to));
    }

    [Fact]
    public async Task Trying_again_an_email_that_does_not_exist_is_not_found()
    {
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);
        var token = (await admin.GetPageAsync("/standards"))
            .QuerySelector("form[action='/sign-out'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        using var response = await admin.PostRawAsync($"/admin/outbox/{Guid.NewGuid()}/retry", Fields.Of(("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Emails_the_portal_sends_are_recorded_as_sent_in_the_outbox_and_written_once_under_their_id()
    {
        var email = TestAccounts.UniqueEmail("outboxed");
        var admin = await factory.SignedInAsync(DemoAccounts.Admin);

        using var response = await admin.PostFormAsync("/admin/users/new", "form[action='/admin/users/new']", Fields.Of(
            ("Form.DisplayName", "Outboxed Person"), ("Form.Email", email), ("Form.Roles", "Assessor")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = factory.Mailbox.LatestTo(email);

        var stored = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).ToListAsync());
        var sent = Assert.Single(stored);
        Assert.Equal((OutboxStatus.Sent, message.Subject), (sent.Status, sent.Subject));
        Assert.True(File.Exists(Path.Combine(factory.MailFolder, SmtpEmailSender.PickupFileName(sent.Id))));
    }
}
