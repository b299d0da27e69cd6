using System.Net;
using AoPortal.Application.Features.Users;
using AoPortal.Domain.Common;
using AoPortal.Domain.Users;
using AoPortal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Tests;

/// <summary>Sign-ins, refused sign-ins and refused requests leave audit entries, without passwords or typed addresses.</summary>
[Collection(PortalCollection.Name)]
public sealed class SecurityAuditTests(PortalFactory factory)
{
    [Fact]
    public async Task A_sign_in_is_audited_against_the_account()
    {
        var email = TestAccounts.UniqueEmail("audited");
        var userId = await TestAccounts.CreateAsync(factory, "Audrey Audit", email, PortalRole.Assessor);

        using var response = await factory.CreatePortalClient().TrySignInAsync(email, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = Assert.Single(await EntriesAsync(userId, SecurityAudit.SignedIn));
        Assert.Equal((userId, "Audrey Audit"), (entry.ActorId, entry.ActorName));
    }

    [Fact]
    public async Task A_wrong_password_is_audited_against_the_account_with_the_reason_and_without_the_password()
    {
        var email = TestAccounts.UniqueEmail("refused");
        var userId = await TestAccounts.CreateAsync(factory, "Rory Refused", email, PortalRole.Assessor);

        using var response = await factory.CreatePortalClient().TrySignInAsync(email, "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await EntriesAsync(userId, SecurityAudit.SignInRefused));
        Assert.Equal(("Wrong password", (Guid?)null), (entry.Detail, entry.ActorId));
        Assert.Empty(await EntriesAsync(userId, SecurityAudit.SignedIn));
    }

    [Fact]
    public async Task A_sign_in_with_an_address_that_has_no_account_is_audited_without_the_address()
    {
        var email = TestAccounts.UniqueEmail("nobody");

        using var response = await factory.CreatePortalClient().TrySignInAsync(email, "whatever-it-is-123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await EntriesAsync(Guid.Empty, SecurityAudit.SignInRefused);
        Assert.Contains(entries, e => e.Detail == "No account has that email address");
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Detail).ToListAsync()), d => d != null && d.Contains(email));
    }

    [Fact]
    public async Task A_request_refused_to_a_signed_in_person_is_audited_once_with_what_they_asked_for()
    {
        var email = TestAccounts.UniqueEmail("denied");
        var userId = await TestAccounts.CreateAsync(factory, "Dee Denied", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);

        await client.GetPageAsync("/admin/users", HttpStatusCode.Forbidden);

        var entry = Assert.Single(await EntriesAsync(userId, SecurityAudit.AccessDenied));
        Assert.Equal(("GET /admin/users", (Guid?)userId), (entry.Detail, entry.ActorId));
    }

    [Fact]
    public async Task A_page_that_is_allowed_leaves_no_denial()
    {
        var email = TestAccounts.UniqueEmail("allowed");
        var userId = await TestAccounts.CreateAsync(factory, "Al Allowed", email, PortalRole.Assessor);
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email, TestAccounts.Password);

        await client.GetPageAsync("/caseload");

        Assert.Empty(await EntriesAsync(userId, SecurityAudit.AccessDenied));
    }

    private Task<List<AuditEntry>> EntriesAsync(Guid subjectId, string action) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == SecurityAudit.SubjectType && a.SubjectId == subjectId && a.Action == action).ToListAsync());
}
