namespace Medk.Core.Planning.Roadmaps;

/// <summary>Уровни реализации (seed 002): where an item is carried out.</summary>
[Flags]
public enum ImplementationLevels
{
    None = 0,
    Federal = 1,
    Regional = 2,
    Municipal = 4,
    Institutional = 8,
}
