/**
 * Draw an exercise's figure as an SVG of jointed groups, each carrying its angle, so that a page can
 * pose the same drawing again; and lay stills of every phase out as contact sheets.
 */
@NullMarked
package io.nape.app.figure;

import org.jspecify.annotations.NullMarked;
