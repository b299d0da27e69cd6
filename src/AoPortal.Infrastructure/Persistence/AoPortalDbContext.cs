using AoPortal.Application.Abstractions;
using AoPortal.Domain.Applications;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>The one database context, shared by both providers; each provider keeps its own migrations.</summary>
public sealed class AoPortalDbContext(DbContextOptions<AoPortalDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IAppDbContext
{
    public DbSet<School> Schools => Set<School>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<EligibilityPolicy> EligibilityPolicies => Set<EligibilityPolicy>();
    public DbSet<PlanTemplate> PlanTemplates => Set<PlanTemplate>();
    public DbSet<AssessmentPlan> AssessmentPlans => Set<AssessmentPlan>();
    public DbSet<AssessmentRecord> AssessmentRecords => Set<AssessmentRecord>();
    public DbSet<Domain.Evidence.EvidenceItem> EvidenceItems => Set<Domain.Evidence.EvidenceItem>();
    public DbSet<Domain.Recommendations.Recommendation> Recommendations => Set<Domain.Recommendations.Recommendation>();
    public DbSet<Domain.Recommendations.RegisterExport> RegisterExports => Set<Domain.Recommendations.RegisterExport>();
    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    public DbContext Context => this;

    /// <summary>Emails waiting to be sent, sent, or failed (Infrastructure only: use cases send through IEmailSender).</summary>
    public DbSet<Email.OutboxMessage> OutboxMessages => Set<Email.OutboxMessage>();

    /// <summary>When each scheduled job last ran, and which instance holds it now (Infrastructure only).</summary>
    public DbSet<Scheduling.ScheduledJob> ScheduledJobs => Set<Scheduling.ScheduledJob>();

    // Every async save, Identity's included, goes through this overload. On SQLite it waits for its turn to write
    // (ADR-020), unless it is inside a transaction, which already has one.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var turn = Database.CurrentTransaction is null ? await SqliteWriterQueue.WaitTurnAsync(this, cancellationToken) : default;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException(
                "Someone else changed this record while you were working on it. Your changes have not been saved: reload the page to see theirs, then try again.");
        }
    }

    public async Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // An execution strategy wraps the transaction so SQL Server's retry-on-failure can replay it whole.
        var strategy = Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            using var turn = await SqliteWriterQueue.WaitTurnAsync(this, ct);
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await work(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    public void ExpectVersion<TEntity>(TEntity entity, Guid expectedVersion) where TEntity : class =>
        Entry(entity).Property<Guid>("Version").OriginalValue = expectedVersion;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AoPortalDbContext).Assembly);

        // A candidate's evidence by status, carrying the standards each item lists, so the candidates at risk learn which
        // standards accepted evidence covers from the index alone rather than from rows that hold every version's files.
        // SQL Server keys are limited to 1,700 bytes, fewer than the 1,000-character list may take, so there it is included.
        var evidence = builder.Entity<Domain.Evidence.EvidenceItem>();
        if (Database.IsSqlServer()) evidence.HasIndex(i => new { i.CandidateId, i.Status }).IncludeProperties(i => i.Standards);
        else evidence.HasIndex(i => new { i.CandidateId, i.Status, i.Standards });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum, in columns and inside JSON documents, is stored by name, so the database reads well and
        // survives reordering: one convention, so a new enum cannot be forgotten.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Times are stored as UTC and come back marked as UTC on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
