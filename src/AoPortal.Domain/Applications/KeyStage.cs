namespace AoPortal.Domain.Applications;

/// <summary>The stages of schooling, in order, with the pupils' ages each covers (DOMAIN.md).</summary>
public enum KeyStage
{
    EarlyYears,
    KeyStage1,
    KeyStage2,
    KeyStage3,
    KeyStage4,
    Post16,
}
