package io.gemlink.platform.api;

/**
 * Paging as partners ask for it ({@code ?page=0&size=50}): size 1 to 500, page 0 to {@value #MAX_PAGE}, so
 * that the offset always fits an {@code int}. {@link #of} clamps (the admin screens compute their values);
 * the partner API refuses values out of range instead, naming the parameter.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is out of range");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE);
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
