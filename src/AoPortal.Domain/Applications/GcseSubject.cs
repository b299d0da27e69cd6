namespace AoPortal.Domain.Applications;

public enum GcseSubject
{
    English,
    Maths,
    Science,
}
