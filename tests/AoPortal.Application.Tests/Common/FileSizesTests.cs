using AoPortal.Application.Common;

namespace AoPortal.Application.Tests.Common;

public class FileSizesTests
{
    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(613, "613 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(3000, "2.9 KB")]
    [InlineData(5 * 1024 * 1024, "5 MB")]
    [InlineData(13_002_342, "12.4 MB")]
    public void Sizes_read_the_same_everywhere(long bytes, string words) => Assert.Equal(words, FileSizes.Describe(bytes));
}
