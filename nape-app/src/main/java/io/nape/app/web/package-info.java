/** The local web server: pages, the JSON API, and the defences of a server any web page can reach. */
@NullMarked
package io.nape.app.web;

import org.jspecify.annotations.NullMarked;
