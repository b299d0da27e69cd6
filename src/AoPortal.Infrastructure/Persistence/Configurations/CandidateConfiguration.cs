using AoPortal.Domain.Applications;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Schools;
using AoPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("Candidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FirstNames).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.SearchName).HasMaxLength(201);
        builder.Property(c => c.Trn).HasMaxLength(7);
        builder.Property(c => c.IntendedAgeRange).HasConversion(AgeRangeConverter.Instance).HasMaxLength(5);
        builder.Property(c => c.Subjects)
            .StoredAsLines();
        builder.Property(c => c.Version).IsConcurrencyToken();
        // Who nominated the record, kept as written (no foreign key): the name stays true if the account goes.
        builder.Property(c => c.NominatedByName).HasMaxLength(100);
        builder.Property(c => c.AssessorName).HasMaxLength(100);
        builder.Property(c => c.WithdrawalDetail).HasMaxLength(2000);

        // The application is read and written whole with its candidate, so it is one JSON document:
        // no child tables, no extra cascade paths, the same on SQLite and SQL Server.
        builder.OwnsOne(c => c.Application, application =>
        {
            application.ToJson("Application");
            application.OwnsOne(a => a.PersonalDetails);
            application.OwnsOne(a => a.Degree);
            application.OwnsMany(a => a.Gcses);
            application.OwnsMany(a => a.Documents);
            application.OwnsMany(a => a.Experience, entry =>
                entry.Property(e => e.AgesTaught).HasConversion(
                    ages => $"{ages.FromAge}-{ages.ToAge}",
                    text => new AgesTaught(int.Parse(text.Split('-', 2)[0]), int.Parse(text.Split('-', 2)[1]))));
            application.OwnsOne(a => a.Declarations);
        });

        // The provider's review, likewise one document; it holds safeguarding details, shown to admins and moderators only.
        builder.OwnsOne(c => c.Review, review =>
        {
            review.ToJson("EligibilityReview");
            review.OwnsMany(r => r.Judgements);
            review.OwnsOne(r => r.Safeguarding);
            review.OwnsOne(r => r.SchoolSupport);
        });
        builder.Ignore(c => c.FullName);
        builder.Ignore(c => c.FundamentalSkillsConfirmed);

        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.Trn);
        // The candidate list's order, carrying what its search looks in: the search and its count scan this index rather
        // than rows that hold a whole application each (about 1.3 KB), and stop at the page's last match.
        builder.HasIndex(c => new { c.LastName, c.FirstNames, c.SearchName, c.Email, c.Trn });
        // Counts by status, and a status's page of the list already in its order.
        builder.HasIndex(c => new { c.Status, c.LastName, c.FirstNames });
        builder.HasIndex(c => c.EmployingSchoolId);
        builder.HasIndex(c => c.AssessorId);

        // Restrict, not cascade: a school or account is never deleted out from under a candidate record.
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.EmployingSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AssessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
