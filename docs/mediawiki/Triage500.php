<?php
/**
 * Triage500 for MediaWiki: a <triage500> tag that frames the Triage500 wizard
 * and sizes the frame to its content. MIT licence. No other extension needed.
 *
 * Install (wiki administrator): copy this file next to LocalSettings.php and add
 *
 *     $wgTriage500Url = 'https://triage.example.com/';   // where Triage500 is hosted
 *     require_once __DIR__ . '/Triage500.php';
 *
 * Use (any editor), on any page:
 *
 *     <triage500 src="https://triage.example.com/en/?embed=1" height="600" />
 *
 * Only URLs under $wgTriage500Url are framed; anything else shows an error in
 * the page. Editors cannot put any other HTML or script on the page with it:
 * the tag writes one <iframe> with escaped attributes, and the page loads
 * embed.js from $wgTriage500Url (the host script that applies the heights the
 * wizard reports, and only from that frame's origin).
 */

if ( !defined( 'MEDIAWIKI' ) ) {
	exit( 1 );
}

$wgTriage500Url = $wgTriage500Url ?? '';

$wgHooks['ParserFirstCallInit'][] = static function ( Parser $parser ) {
	$parser->setHook( 'triage500', 'wfTriage500Render' );
	return true;
};

/**
 * @param string|null $input text between the tags (unused)
 * @param array $args tag attributes: src (required), height (px, default 600), title
 */
function wfTriage500Render( $input, array $args, Parser $parser, PPFrame $frame ) {
	global $wgTriage500Url;
	$base = rtrim( (string)$wgTriage500Url, '/' ) . '/';
	$src = trim( (string)( $args['src'] ?? '' ) );
	if ( $base === '/' || strpos( $src, $base ) !== 0 || preg_match( '/[\s"<>]/', $src ) ) {
		return Html::element( 'strong', [ 'class' => 'error' ],
			'triage500: src must be a URL under ' . ( $base === '/' ? '$wgTriage500Url (not set)' : $base ) );
	}
	if ( strpos( $src, 'embed=' ) === false ) {
		$src .= ( strpos( $src, '?' ) === false ? '?' : '&' ) . 'embed=1';
	}
	$height = (int)( $args['height'] ?? 600 );
	$height = max( 200, min( 4000, $height ?: 600 ) );
	$title = (string)( $args['title'] ?? 'Triage500' );

	$parser->getOutput()->addHeadItem(
		Html::linkedScript( $base . 'embed.js' ),
		'triage500-embed'
	);
	return Html::element( 'iframe', [
		'data-triage500' => '',
		'data-min-height' => '200',
		'src' => $src,
		'title' => $title,
		'style' => "width:100%;max-width:100%;height:{$height}px;border:0",
	] );
}
